/**
 * A scene is a flat list of absolutely placed shapes and single text lines, in design units (px
 * for images, a 1080-unit-wide virtual page for print). Templates build scenes; renderers draw
 * them (satori → PNG, pdf-lib → PDF). Because text is wrapped here, once, with the real font
 * metrics, both outputs break lines at the same words and tests can check every box.
 * DOM-free.
 */
import type { IconName } from './icons.ts';
import type { QrMatrix } from './qr.ts';
import { fitList, fitText, type FontWeight, type Measure } from './text.ts';

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

export type Op =
	| { type: 'rect'; x: number; y: number; w: number; h: number; fill: string; radius?: number }
	| { type: 'circle'; cx: number; cy: number; r: number; fill: string }
	| {
			type: 'text';
			x: number;
			/** Top of the line box. */
			y: number;
			/** Width of the box the line is aligned in. */
			w: number;
			text: string;
			size: number;
			weight: FontWeight;
			color: string;
			/** Line box height (size × line height). */
			lineBox: number;
			align: 'left' | 'center' | 'right';
			/** Measured width of the line (≤ w). */
			tw: number;
	  }
	| { type: 'icon'; x: number; y: number; size: number; icon: IconName; color: string }
	| {
			type: 'qr';
			x: number;
			y: number;
			/** Side including the quiet zone. */
			size: number;
			matrix: QrMatrix;
			fg: string;
			bg: string;
	  };

/** What a text block was given and what it used: the overflow tests read these. */
export interface BlockCheck {
	label: string;
	box: Rect;
	used: Rect;
	size: number;
	lines: number;
	fits: boolean;
}

export interface Scene {
	width: number;
	height: number;
	background: string;
	ops: Op[];
	blocks: BlockCheck[];
	/** Human-readable problems (text that did not fit); empty when the scene is good to draw. */
	problems: string[];
}

export interface TextStyle {
	weight: FontWeight;
	color: string;
	maxSize: number;
	minSize: number;
	lineHeight: number;
	maxLines?: number;
	align?: 'left' | 'center' | 'right';
	valign?: 'top' | 'middle' | 'bottom';
}

export interface ListStyle extends Omit<TextStyle, 'maxLines' | 'align'> {
	/** Space between items, as a multiple of the font size. */
	gap: number;
	bulletColor: string;
	maxLinesEach?: number;
}

/** Collects ops for one scene; text is fitted into boxes and recorded for the overflow checks. */
export class SceneBuilder {
	readonly scene: Scene;
	readonly measure: Measure;
	/** Snap QR modules to whole pixels (PNG output); print scenes stay continuous. */
	readonly snap: boolean;

	constructor(width: number, height: number, background: string, measure: Measure, snap: boolean) {
		this.scene = { width, height, background, ops: [], blocks: [], problems: [] };
		this.measure = measure;
		this.snap = snap;
	}

	rect(x: number, y: number, w: number, h: number, fill: string, radius?: number): void {
		this.scene.ops.push(
			radius ? { type: 'rect', x, y, w, h, fill, radius } : { type: 'rect', x, y, w, h, fill }
		);
	}

	circle(cx: number, cy: number, r: number, fill: string): void {
		this.scene.ops.push({ type: 'circle', cx, cy, r, fill });
	}

	icon(x: number, y: number, size: number, icon: IconName, color: string): void {
		this.scene.ops.push({ type: 'icon', x, y, size, icon, color });
	}

	/** Places a QR code (quiet zone included) as large as fits `maxSize`, centred in that square. */
	qr(x: number, y: number, maxSize: number, matrix: QrMatrix, fg: string, bg: string): Rect {
		const modules = matrix.size + 8;
		const size = this.snap ? Math.floor(maxSize / modules) * modules : maxSize;
		const offset = this.snap ? Math.floor((maxSize - size) / 2) : 0;
		const px = this.snap ? Math.round(x) + offset : x;
		const py = this.snap ? Math.round(y) + offset : y;
		this.scene.ops.push({ type: 'qr', x: px, y: py, size, matrix, fg, bg });
		return { x: px, y: py, w: size, h: size };
	}

	/** Fits `text` into `box` (shrinking from maxSize to minSize) and emits one op per line. */
	text(label: string, text: string, box: Rect, style: TextStyle): { height: number; size: number } {
		const fitted = fitText(
			text,
			{
				maxWidth: box.w,
				maxHeight: box.h,
				maxSize: style.maxSize,
				minSize: style.minSize,
				weight: style.weight,
				lineHeight: style.lineHeight,
				...(style.maxLines === undefined ? {} : { maxLines: style.maxLines }),
			},
			this.measure
		);
		const lineBox = fitted.size * style.lineHeight;
		const top = alignTop(box, fitted.height, style.valign);
		fitted.lines.forEach((line, index) => {
			this.scene.ops.push({
				type: 'text',
				x: box.x,
				y: top + index * lineBox,
				w: box.w,
				text: line,
				size: fitted.size,
				weight: style.weight,
				color: style.color,
				lineBox,
				align: style.align ?? 'left',
				tw: this.measure(line, fitted.size, style.weight),
			});
		});
		this.record(label, box, { x: box.x, y: top, w: fitted.width, h: fitted.height }, fitted);
		return { height: fitted.height, size: fitted.size };
	}

	/** Fits a bulleted list at one shared size into `box`; bullets are round dots. */
	list(
		label: string,
		items: readonly string[],
		box: Rect,
		style: ListStyle
	): { height: number; size: number } {
		const indent = style.maxSize * 1.05;
		const fitted = fitList(
			items,
			{
				maxWidth: box.w - indent,
				maxHeight: box.h,
				maxSize: style.maxSize,
				minSize: style.minSize,
				weight: style.weight,
				lineHeight: style.lineHeight,
				gap: style.gap,
				...(style.maxLinesEach === undefined ? {} : { maxLinesEach: style.maxLinesEach }),
			},
			this.measure
		);
		const size = fitted.size;
		const lineBox = size * style.lineHeight;
		let y = alignTop(box, fitted.height, style.valign);
		const top = y;
		let widest = 0;
		for (const item of fitted.items) {
			const radius = size * 0.2;
			this.circle(box.x + radius + size * 0.1, y + lineBox / 2, radius, style.bulletColor);
			for (const line of item.lines) {
				const tw = this.measure(line, size, style.weight);
				widest = Math.max(widest, indent + tw);
				this.scene.ops.push({
					type: 'text',
					x: box.x + indent,
					y,
					w: box.w - indent,
					text: line,
					size,
					weight: style.weight,
					color: style.color,
					lineBox,
					align: 'left',
					tw,
				});
				y += lineBox;
			}
			y += size * style.gap;
		}
		const lines = fitted.items.reduce((sum, item) => sum + item.lines.length, 0);
		this.record(
			label,
			box,
			{ x: box.x, y: top, w: widest, h: fitted.height },
			{ size, lines: Array(lines), fits: fitted.fits }
		);
		return { height: fitted.height, size };
	}

	/** Ends the scene: adds a problem for any text line that leaves the canvas or runs into a QR code or icon. */
	finish(): Scene {
		const { width, height, ops } = this.scene;
		const lines = ops.filter((op) => op.type === 'text').map(textRect);
		const solids = ops
			.filter((op) => op.type === 'qr' || op.type === 'icon')
			.map((op) => ({
				x: op.x,
				y: op.y,
				w: op.size,
				h: op.size,
				what: op.type === 'qr' ? 'mã QR' : 'biểu tượng',
			}));
		for (const line of lines) {
			if (
				line.x < -0.5 ||
				line.y < -0.5 ||
				line.x + line.w > width + 0.5 ||
				line.y + line.h > height + 0.5
			) {
				this.scene.problems.push(`Dòng "${line.text}" ra ngoài ảnh.`);
			}
			for (const solid of solids) {
				if (intersects(line, solid))
					this.scene.problems.push(`Dòng "${line.text}" đè lên ${solid.what}.`);
			}
		}
		for (let i = 0; i < lines.length; i++) {
			for (let j = i + 1; j < lines.length; j++) {
				if (intersects(lines[i]!, lines[j]!)) {
					this.scene.problems.push(`Dòng "${lines[i]!.text}" đè lên dòng "${lines[j]!.text}".`);
				}
			}
		}
		return this.scene;
	}

	private record(
		label: string,
		box: Rect,
		used: Rect,
		fitted: { size: number; lines: unknown[]; fits: boolean }
	): void {
		this.scene.blocks.push({
			label,
			box,
			used,
			size: fitted.size,
			lines: fitted.lines.length,
			fits: fitted.fits,
		});
		if (!fitted.fits) {
			this.scene.problems.push(
				`"${label}" không vừa khung ${Math.round(box.w)}×${Math.round(box.h)} (cỡ chữ ${fitted.size}).`
			);
		}
	}
}

/** The ink-ish box of a text line: its measured width, aligned in its box, over the glyph height. */
export function textRect(op: Extract<Op, { type: 'text' }>): Rect & { text: string } {
	const x =
		op.align === 'center'
			? op.x + (op.w - op.tw) / 2
			: op.align === 'right'
				? op.x + op.w - op.tw
				: op.x;
	// Ascenders and descenders sit inside about 1.15 em; lines set tighter than that may touch, not collide.
	const glyph = Math.min(op.lineBox, op.size * 1.15);
	return { x, y: op.y + (op.lineBox - glyph) / 2, w: op.tw, h: glyph, text: op.text };
}

function intersects(a: Rect, b: Rect): boolean {
	const eps = 0.5;
	return (
		a.x < b.x + b.w - eps && b.x < a.x + a.w - eps && a.y < b.y + b.h - eps && b.y < a.y + a.h - eps
	);
}

function alignTop(box: Rect, height: number, valign: TextStyle['valign']): number {
	if (valign === 'middle') return box.y + (box.h - height) / 2;
	if (valign === 'bottom') return box.y + box.h - height;
	return box.y;
}

/**
 * Builds with the roomiest design first and tightens (`density` 0, 1, 2…) only when some text
 * does not fit, so real content gets big type and unusually long content still never overflows.
 */
export function buildWithFallback(build: (density: number) => Scene, maxDensity = 3): Scene {
	let scene = build(0);
	for (let density = 1; scene.problems.length && density <= maxDensity; density++) {
		scene = build(density);
	}
	return scene;
}
