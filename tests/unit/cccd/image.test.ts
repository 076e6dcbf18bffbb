import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { boxMean, normalizeContrast, type GrayImage } from '../../../src/lib/cccd/image.ts';

/** The window mean the slow way: every pixel of the clipped window. */
function bruteBoxMean(d: Uint8Array, w: number, h: number, r: number): number[] {
	const out: number[] = [];
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) {
			let sum = 0;
			let n = 0;
			for (let yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) {
				for (let xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++, n++)
					sum += d[yy * w + xx]!;
			}
			out.push(sum / n);
		}
	}
	return out;
}

describe('image operations', () => {
	test('boxMean equals the mean over the clipped window, for any size and radius', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 24 }),
				fc.integer({ min: 1, max: 24 }),
				fc.integer({ min: 0, max: 30 }),
				fc.integer({ min: 0, max: 2 ** 31 - 1 }),
				(w, h, r, seed) => {
					const d = new Uint8Array(w * h).map(
						(_, i) => (Math.imul(seed ^ i, 2654435761) >>> 24) & 255
					);
					const fast = boxMean(d, w, h, r);
					bruteBoxMean(d, w, h, r).forEach((v, i) => expect(fast[i]).toBeCloseTo(v, 9));
				}
			),
			{ numRuns: 200 }
		);
	});

	test('normalizeContrast removes a smooth glare and keeps the modules apart', () => {
		// Checkerboard "modules" of 4 px, dark 40 / light 200, under added light rising to +190.
		const w = 96;
		const h = 96;
		const data = new Uint8Array(w * h);
		for (let y = 0; y < h; y++) {
			for (let x = 0; x < w; x++) {
				const dark = ((x >> 2) + (y >> 2)) % 2 === 0;
				const glare = 190 * Math.exp(-((x - 70) ** 2 + (y - 30) ** 2) / 900);
				data[y * w + x] = Math.min(255, (dark ? 40 : 200) + glare);
			}
		}
		const out = normalizeContrast({ data, width: w, height: h } satisfies GrayImage, 6);
		// Module centres, away from the border: every dark one below every light one.
		let maxDark = 0;
		let minLight = 255;
		for (let y = 10; y < h - 10; y += 4) {
			for (let x = 10; x < w - 10; x += 4) {
				const v = out.data[(y + 1) * w + x + 1]!;
				if (((x >> 2) + (y >> 2)) % 2 === 0) maxDark = Math.max(maxDark, v);
				else minLight = Math.min(minLight, v);
			}
		}
		expect(maxDark).toBeLessThan(128);
		expect(minLight).toBeGreaterThan(128);
	});

	test('normalizeContrast leaves a flat area at mid-grey', () => {
		const flat = normalizeContrast(
			{ data: new Uint8Array(400).fill(231), width: 20, height: 20 },
			3
		);
		expect(new Set(flat.data)).toEqual(new Set([128]));
	});
});
