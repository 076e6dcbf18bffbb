import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import {
	buildCccdPayload,
	createRng,
	generateCitizen,
	parseCccdQr,
	readQrCodes,
	type RgbaImage,
} from '../../../src/lib/cccd/index.ts';
import { renderQrRgba } from '../../../scripts/lib/qr-image.ts';
import { configureZxingForNode } from '../../../scripts/lib/zxing-node.ts';

beforeAll(() => configureZxingForNode());

/** Puts an RGBA image into a larger grey canvas at (left, top). */
function embed(
	img: RgbaImage,
	width: number,
	height: number,
	left: number,
	top: number
): RgbaImage {
	const data = new Uint8ClampedArray(width * height * 4).fill(200);
	for (let y = 0; y < img.height; y++) {
		data.set(
			img.data.subarray(y * img.width * 4, (y + 1) * img.width * 4),
			((top + y) * width + left) * 4
		);
	}
	return { data, width, height };
}

describe('readQrCodes', () => {
	test('generated payloads survive encode → image → read → parse unchanged', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 1, max: 2 ** 31 - 1 }),
				fc.constantFrom('fast', 'thorough'),
				async (seed, mode) => {
					const citizen = generateCitizen(createRng(seed));
					const payload = buildCccdPayload(citizen);
					const codes = await readQrCodes(renderQrRgba(payload, { scale: 3 }), { mode });
					expect(codes).toHaveLength(1);
					expect(codes[0]?.text).toBe(payload);
					const parsed = parseCccdQr(codes[0]!.bytes, { today: new Date(2026, 0, 1) });
					expect(parsed.ok && parsed.card.fullName).toBe(citizen.fullName);
					expect(parsed.ok && parsed.card.idNumber).toBe(citizen.idNumber);
					expect(parsed.ok && parsed.card.extraFields).toEqual(citizen.extraFields);
				}
			),
			{ numRuns: 24 }
		);
	});

	test('corner positions are in the original image coordinates in a large camera frame', async () => {
		const payload = buildCccdPayload(generateCitizen(createRng(7)));
		const qr = renderQrRgba(payload, { scale: 6, margin: 4 });
		const frame = embed(qr, 1920, 1080, 900, 300);
		const [fast] = await readQrCodes(frame, { mode: 'fast' });
		const [thorough] = await readQrCodes(frame, { mode: 'thorough' });
		// The code itself starts one quiet zone (4 modules × 6 px) inside the pasted image.
		for (const found of [fast, thorough]) {
			expect(found?.text).toBe(payload);
			expect(found?.position.topLeft.x).toBeCloseTo(924, -1);
			expect(found?.position.topLeft.y).toBeCloseTo(324, -1);
			expect(found!.position.bottomRight.x).toBeCloseTo(900 + qr.width - 24, -1);
		}
	});

	test('an image without a code gives an empty list', async () => {
		const blank = { data: new Uint8ClampedArray(320 * 240 * 4).fill(128), width: 320, height: 240 };
		expect(await readQrCodes(blank, { mode: 'thorough' })).toEqual([]);
		expect(await readQrCodes(blank, { mode: 'fast' })).toEqual([]);
	});

	test('raw bytes are returned, so a card read with an ECI-less payload decodes as UTF-8', async () => {
		const [code] = await readQrCodes(
			renderQrRgba('001088012345||Đỗ Thị Mẫu|01012001|Nữ|Hà Nội|01012022')
		);
		expect(new TextDecoder().decode(code?.bytes)).toContain('Đỗ Thị Mẫu');
	});
});
