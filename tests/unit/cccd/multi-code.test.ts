import fc from 'fast-check';
import { readBarcodes } from 'zxing-wasm/reader';
import { beforeAll, describe, expect, test } from 'vitest';
import { readQrCodes } from '../../../src/lib/cccd/index.ts';
import { configureZxingForNode } from '../../../scripts/lib/zxing-node.ts';
import { codeSheet, scatteredCodes } from '../../fixtures/cccd/code-sheet.ts';

beforeAll(() => configureZxingForNode());

const hex = (b: Uint8Array | Uint8ClampedArray): string => Buffer.from(b).toString('hex');

/** Sorted list, so two readers' results compare as multisets. */
const sorted = (xs: string[]): string[] => [...xs].sort();

describe('readQrCodes on photos of many codes', () => {
	test('thorough returns every code of a 10 × 6 sheet of small codes, each once', async () => {
		const { image, payloads } = codeSheet(10, 6, 3);
		const codes = await readQrCodes(image, { mode: 'thorough' });
		expect(sorted(codes.map((c) => c.text))).toEqual(sorted(payloads));
		// Each code is reported where it is: the 60 centres are distinct tiles of the sheet.
		const tiles = new Set(
			codes.map((c) => {
				const x = (c.position.topLeft.x + c.position.bottomRight.x) / 2;
				const y = (c.position.topLeft.y + c.position.bottomRight.y) / 2;
				return `${Math.floor((x / image.width) * 10)},${Math.floor((y / image.height) * 6)}`;
			})
		);
		expect(tiles.size).toBe(60);
	});

	test('a sheet holding the same code twice returns it twice', async () => {
		const { image } = codeSheet(2, 1, 4);
		// Copy the left tile over the right one: two identical symbols side by side.
		const half = image.width >> 1;
		for (let y = 0; y < image.height; y++) {
			const row = y * image.width * 4;
			image.data.copyWithin(row + half * 4, row, row + half * 4);
		}
		const codes = await readQrCodes(image, { mode: 'thorough' });
		expect(codes).toHaveLength(2);
		expect(codes[0]!.text).toBe(codes[1]!.text);
	});

	test('thorough returns a superset of zxing-wasm’s default reader on generated images', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					count: fc.integer({ min: 1, max: 9 }),
					scales: fc.array(fc.double({ min: 1.2, max: 5.5, noNaN: true }), {
						minLength: 9,
						maxLength: 9,
					}),
					angles: fc.array(fc.double({ min: 0, max: 360, noNaN: true }), {
						minLength: 9,
						maxLength: 9,
					}),
					ink: fc.integer({ min: 0, max: 120 }),
					paper: fc.integer({ min: 130, max: 255 }),
					blur: fc.integer({ min: 0, max: 2 }),
					noise: fc.double({ min: 0, max: 60, noNaN: true }),
					seed: fc.integer({ min: 1, max: 1_000_000 }),
				}),
				async (options) => {
					const { image } = scatteredCodes(options);
					// Compare raw bytes: the default reader escapes control characters in its text.
					const byDefault = (await readBarcodes(image as ImageData))
						.filter((r) => r.format === 'QRCode' && r.isValid)
						.map((r) => hex(r.bytes));
					const thorough = (await readQrCodes(image, { mode: 'thorough' })).map((c) =>
						hex(c.bytes)
					);
					for (const code of new Set(byDefault)) {
						const want = byDefault.filter((c) => c === code).length;
						expect(thorough.filter((c) => c === code).length).toBeGreaterThanOrEqual(want);
					}
				}
			),
			{ numRuns: 12 }
		);
	});
});
