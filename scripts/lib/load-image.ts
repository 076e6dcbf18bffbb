/** Node-only image I/O with sharp: any PNG/JPEG/WebP file → RGBA pixels for readQrCodes. */
import sharp, { type Sharp } from 'sharp';
import type { RgbaImage } from '../../src/lib/cccd/image.ts';

/** Runs a sharp pipeline to RGBA pixels, the shape readQrCodes takes. */
export async function toRgba(image: Sharp): Promise<RgbaImage & { data: Uint8ClampedArray }> {
	const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return {
		data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength),
		width: info.width,
		height: info.height,
	};
}

/** Decodes an image file (or buffer) to RGBA, applying its EXIF orientation like a browser would. */
export async function loadRgba(
	input: string | Buffer
): Promise<RgbaImage & { data: Uint8ClampedArray }> {
	return toRgba(sharp(input).rotate());
}

/** Rotates RGBA pixels by a multiple of 90° clockwise (used by the benchmark's rotated cases). */
export function rotateRgba(
	img: RgbaImage,
	degrees: 0 | 90 | 180 | 270
): RgbaImage & { data: Uint8ClampedArray } {
	const { width: w, height: h } = img;
	const src = img.data;
	if (degrees === 0) return { data: new Uint8ClampedArray(src), width: w, height: h };
	const ow = degrees === 180 ? w : h;
	const oh = degrees === 180 ? h : w;
	const out = new Uint8ClampedArray(w * h * 4);
	const s32 = new Uint32Array(src.buffer, src.byteOffset, w * h);
	const o32 = new Uint32Array(out.buffer);
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) {
			let ox: number;
			let oy: number;
			if (degrees === 90) {
				ox = h - 1 - y;
				oy = x;
			} else if (degrees === 180) {
				ox = w - 1 - x;
				oy = h - 1 - y;
			} else {
				ox = y;
				oy = w - 1 - x;
			}
			o32[oy * ow + ox] = s32[y * w + x]!;
		}
	}
	return { data: out, width: ow, height: oh };
}
