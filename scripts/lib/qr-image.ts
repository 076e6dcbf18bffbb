/** Node-only QR rendering for samples and tests: payload → module matrix → RGBA or PNG. */
import QRCode from 'qrcode';
import sharp from 'sharp';
import type { RgbaImage } from '../../src/lib/cccd/image.ts';

export interface QrRenderOptions {
	/** Pixels per module. */
	scale?: number;
	/** Quiet zone, in modules (the standard asks for 4). */
	margin?: number;
	errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
}

/**
 * Encodes text in byte mode as UTF-8 without an ECI header, like the QR on real cards (spec §1.3).
 */
export function renderQrRgba(
	text: string,
	options: QrRenderOptions = {}
): RgbaImage & { data: Uint8ClampedArray } {
	const scale = options.scale ?? 4;
	const margin = options.margin ?? 4;
	const qr = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
		errorCorrectionLevel: options.errorCorrectionLevel ?? 'M',
	});
	const n = qr.modules.size;
	const side = (n + 2 * margin) * scale;
	const data = new Uint8ClampedArray(side * side * 4).fill(255);
	for (let my = 0; my < n; my++) {
		for (let mx = 0; mx < n; mx++) {
			if (!qr.modules.get(my, mx)) continue;
			for (let y = 0; y < scale; y++) {
				const row = ((my + margin) * scale + y) * side;
				for (let x = 0; x < scale; x++) {
					const i = (row + (mx + margin) * scale + x) * 4;
					data[i] = 0;
					data[i + 1] = 0;
					data[i + 2] = 0;
				}
			}
		}
	}
	return { data, width: side, height: side };
}

/** The same QR as a PNG buffer. */
export async function renderQrPng(text: string, options: QrRenderOptions = {}): Promise<Buffer> {
	const img = renderQrRgba(text, options);
	return sharp(Buffer.from(img.data.buffer), {
		raw: { width: img.width, height: img.height, channels: 4 },
	})
		.png()
		.toBuffer();
}
