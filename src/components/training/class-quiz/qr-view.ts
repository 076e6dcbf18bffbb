/**
 * Draws a QR code as an inline SVG (black on white, crisp at any size) in the browser. The encoder
 * (the `qrcode` package, via qr-svg.ts) is a separate chunk: `preloadQr` fetches it as soon as a
 * page knows it will need it, so the phone still draws its results code after the network is gone.
 */
const SVG = 'http://www.w3.org/2000/svg';

type Encoder = typeof import('../../qr-scanner/qr-svg.ts');
let encoder: Promise<Encoder> | undefined;

/** Starts loading the QR encoder (idempotent). */
export function preloadQr(): Promise<Encoder> {
	encoder ??= import('../../qr-scanner/qr-svg.ts');
	return encoder;
}

/** Replaces `target`'s content with the QR of `text`; `label` names it for screen readers. */
export async function drawQr(target: Element, text: string, label: string): Promise<void> {
	const { qrSvg } = await preloadQr();
	const { size, path } = qrSvg(text);
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
	svg.setAttribute('role', 'img');
	svg.setAttribute('aria-label', label);
	svg.setAttribute('shape-rendering', 'crispEdges');
	const paper = document.createElementNS(SVG, 'rect');
	paper.setAttribute('width', String(size));
	paper.setAttribute('height', String(size));
	paper.setAttribute('fill', '#fff');
	const ink = document.createElementNS(SVG, 'path');
	ink.setAttribute('d', path);
	ink.setAttribute('fill', '#000');
	svg.append(paper, ink);
	target.replaceChildren(svg);
}
