/**
 * Build-time QR drawing for the projector view: an SVG path (crisp at any size, no image request),
 * encoded like the real cards (byte mode, UTF-8, no ECI header). Server-side only.
 */
import QRCode from 'qrcode';

export interface QrSvg {
	/** Side of the SVG viewBox, in modules, quiet zone included. */
	size: number;
	/** One path drawing every dark module as a 1×1 square. */
	path: string;
}

/** The QR for `text` as a single SVG path with a 4-module quiet zone. */
export function qrSvg(text: string, margin = 4): QrSvg {
	const qr = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
		errorCorrectionLevel: 'M',
	});
	const n = qr.modules.size;
	const parts: string[] = [];
	for (let y = 0; y < n; y++) {
		for (let x = 0; x < n; x++) {
			if (qr.modules.get(y, x)) parts.push(`M${x + margin} ${y + margin}h1v1h-1z`);
		}
	}
	return { size: n + 2 * margin, path: parts.join('') };
}
