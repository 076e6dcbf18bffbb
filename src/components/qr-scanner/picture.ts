/**
 * The picture shown beside a result: which picture it is (its alt text and caption) and the outline
 * of the QR code that was read, drawn over it. Pure: imported by the custom element (the page's
 * initial JS), so it must not import the decoder.
 *
 * The outline is an SVG laid exactly over the picture whose viewBox is the decoder's pixel grid
 * (CodeSpot width × height), so the corners need no conversion to screen pixels: the browser scales
 * both together whatever size the picture is shown at.
 */
import type { CodeSpot, Point } from './protocol.ts';

/** Where the picture came from. */
export type PictureSource =
	{ kind: 'photo' } | { kind: 'camera' } | { kind: 'sample'; index: number };

const OUTLINE_NOTE = 'khung đỏ là mã QR đã đọc';

/** The picture's alt text: what it is, and what the red frame means when there is one. */
export function pictureAlt(source: PictureSource, outlined: boolean): string {
	const what =
		source.kind === 'sample'
			? `Thẻ mẫu số ${source.index}`
			: source.kind === 'camera'
				? 'Hình camera chụp lúc đọc được mã'
				: 'Ảnh bạn chọn';
	return outlined ? `${what}, ${OUTLINE_NOTE}` : what;
}

/** The line under the picture: where it stays (or that the card is not a real one). */
export function pictureCaption(source: PictureSource): string {
	return source.kind === 'sample'
		? 'Thẻ mẫu là dữ liệu giả, không thuộc về ai.'
		: 'Ảnh chỉ nằm trên máy của bạn: không gửi đi, không lưu lại.';
}

/** How far the outline sits outside the code, as a fraction of the code's size on each side. */
export const OUTLINE_MARGIN = 0.06;

/**
 * The outline's corners (top left, top right, bottom right, bottom left) in the spot's pixel grid:
 * the code's quadrilateral grown by `margin` of its size on each side, so the line runs through the
 * quiet zone instead of over the modules, and kept inside the picture.
 */
export function outlineCorners(spot: CodeSpot, margin = OUTLINE_MARGIN): Point[] {
	const { topLeft, topRight, bottomRight, bottomLeft } = spot.position;
	const corners = [topLeft, topRight, bottomRight, bottomLeft];
	const cx = corners.reduce((sum, p) => sum + p.x, 0) / 4;
	const cy = corners.reduce((sum, p) => sum + p.y, 0) / 4;
	const grow = 1 + 2 * margin;
	const clamp = (v: number, max: number): number => Math.min(max, Math.max(0, v));
	return corners.map((p) => ({
		x: clamp(cx + (p.x - cx) * grow, spot.width),
		y: clamp(cy + (p.y - cy) * grow, spot.height),
	}));
}

/** The corners as an SVG `points` attribute, one decimal place. */
export function svgPoints(points: readonly Point[]): string {
	const n = (v: number): string => String(Math.round(v * 10) / 10);
	return points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
}

/** The SVG viewBox matching the spot's pixel grid. */
export function spotViewBox(spot: CodeSpot): string {
	return `0 0 ${spot.width} ${spot.height}`;
}
