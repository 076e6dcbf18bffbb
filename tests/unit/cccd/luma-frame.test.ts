/**
 * The camera worker's luma path: a frame read from its Y plane (VideoFrame.copyTo) must give the
 * same pixels and the same codes as the same frame read as RGBA, and reuse its buffers.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import {
	downscaled,
	planeDownscaled,
	toGrayDownscaled,
	type Plane,
	type RgbaImage,
} from '../../../src/lib/cccd/image.ts';
import {
	buildCccdPayload,
	createRng,
	generateCitizen,
	readQrCodes,
} from '../../../src/lib/cccd/index.ts';
import { FrameBuffers, readLumaFrame } from '../../../src/lib/cccd/read-qr.ts';
import { renderQrRgba } from '../../../scripts/lib/qr-image.ts';
import { configureZxingForNode } from '../../../scripts/lib/zxing-node.ts';

beforeAll(() => configureZxingForNode());

/** RGBA with R = G = B = the plane's value (what drawing a gray frame on a canvas gives). */
function planeToRgba(plane: Plane): RgbaImage {
	const data = new Uint8ClampedArray(plane.width * plane.height * 4);
	for (let y = 0; y < plane.height; y++) {
		for (let x = 0; x < plane.width; x++) {
			const v = plane.data[y * plane.stride + x]!;
			data.set([v, v, v, 255], (y * plane.width + x) * 4);
		}
	}
	return { data, width: plane.width, height: plane.height };
}

/** A plane with `pad` bytes of junk after each row, like a camera buffer's stride. */
function paddedPlane(values: Uint8Array, width: number, height: number, pad: number): Plane {
	const stride = width + pad;
	const data = new Uint8Array(stride * height).fill(77);
	for (let y = 0; y < height; y++) {
		data.set(values.subarray(y * width, (y + 1) * width), y * stride);
	}
	return { data, width, height, stride };
}

/** The luma of an RGBA image whose pixels are gray (R = G = B). */
function grayPlane(rgba: RgbaImage, pad = 0): Plane {
	const values = new Uint8Array(rgba.width * rgba.height);
	for (let i = 0; i < values.length; i++) values[i] = rgba.data[i * 4]!;
	return paddedPlane(values, rgba.width, rgba.height, pad);
}

/** A gray QR code in a larger frame of mid-gray, at (left, top), as one luma plane. */
function frameWithCode(payload: string, width: number, height: number, left: number, top: number) {
	const qr = renderQrRgba(payload, { scale: 6, margin: 4 });
	const values = new Uint8Array(width * height).fill(200);
	for (let y = 0; y < qr.height; y++) {
		for (let x = 0; x < qr.width; x++)
			values[(top + y) * width + left + x] = qr.data[(y * qr.width + x) * 4]!;
	}
	return paddedPlane(values, width, height, 32);
}

describe('planeDownscaled', () => {
	test('gives the same pixels as toGrayDownscaled on the gray RGBA of the plane', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 40 }),
				fc.integer({ min: 1, max: 40 }),
				fc.integer({ min: 0, max: 5 }),
				fc.integer({ min: 1, max: 25 }),
				fc.integer({ min: 0, max: 2 ** 31 - 1 }),
				(width, height, pad, maxSide, seed) => {
					const rng = createRng(seed);
					const values = Uint8Array.from({ length: width * height }, () => Math.floor(rng() * 256));
					const plane = paddedPlane(values, width, height, pad);
					const x = Math.floor(rng() * width);
					const y = Math.floor(rng() * height);
					const rect = {
						x,
						y,
						width: 1 + Math.floor(rng() * (width - x)),
						height: 1 + Math.floor(rng() * (height - y)),
					};
					const fromPlane = planeDownscaled(plane, rect, maxSide);
					const fromRgba = toGrayDownscaled(planeToRgba(plane), rect, maxSide);
					expect(fromPlane.width).toBe(fromRgba.width);
					expect(fromPlane.height).toBe(fromRgba.height);
					expect([...fromPlane.data]).toEqual([...fromRgba.data]);
				}
			),
			{ numRuns: 200 }
		);
	});

	test('writes into a buffer that is large enough and allocates when it is not', () => {
		const plane = paddedPlane(new Uint8Array(64 * 48).fill(9), 64, 48, 0);
		const rect = { x: 0, y: 0, width: 64, height: 48 };
		const size = downscaled(rect, 16);
		expect(size).toEqual({ k: 4, width: 16, height: 12 });
		const big = new Uint8Array(1000);
		const out = planeDownscaled(plane, rect, 16, big);
		expect(out.data.buffer).toBe(big.buffer);
		expect(out.data.length).toBe(16 * 12);
		const small = new Uint8Array(10);
		expect(planeDownscaled(plane, rect, 16, small).data.buffer).not.toBe(small.buffer);
	});
});

describe('readLumaFrame', () => {
	const payload = buildCccdPayload(generateCitizen(createRng(11)));

	test('reads a code in the guide box of a 1080p plane, positions in frame pixels, like the RGBA path', async () => {
		const plane = frameWithCode(payload, 1920, 1080, 820, 300);
		const roi = { x: 0.25, y: 0.1, width: 0.5, height: 0.8 };
		const fromPlane = await readLumaFrame(plane, { regionOfInterest: roi });
		const fromRgba = await readQrCodes(planeToRgba(plane), { mode: 'fast', regionOfInterest: roi });
		expect(fromPlane.map((c) => c.text)).toEqual([payload]);
		expect(fromPlane).toEqual(fromRgba);
		const { topLeft } = fromPlane[0]!.position;
		// Quiet zone of 4 modules of 6 px: the code's corner is 24 px inside the pasted picture.
		expect(Math.abs(topLeft.x - 844)).toBeLessThan(8);
		expect(Math.abs(topLeft.y - 324)).toBeLessThan(8);
	});

	test('a code outside the guide box is read from the whole frame, unless that view is skipped', async () => {
		const plane = frameWithCode(payload, 1920, 1080, 40, 40);
		const roi = { x: 0.4, y: 0.4, width: 0.3, height: 0.3 };
		const buffers = new FrameBuffers();
		const whole = await readLumaFrame(plane, { regionOfInterest: roi, buffers });
		expect(whole.map((c) => c.text)).toEqual([payload]);
		expect(
			await readLumaFrame(plane, { regionOfInterest: roi, buffers, wholeFrame: false })
		).toEqual([]);
	});

	test('the same buffers serve frame after frame: a blank frame after a code reads nothing', async () => {
		const buffers = new FrameBuffers();
		const withCode = frameWithCode(payload, 1280, 720, 500, 150);
		const blank = grayPlane({
			data: new Uint8ClampedArray(1280 * 720 * 4).fill(200),
			width: 1280,
			height: 720,
		});
		expect((await readLumaFrame(withCode, { buffers })).length).toBe(1);
		expect(await readLumaFrame(blank, { buffers })).toEqual([]);
		expect((await readLumaFrame(withCode, { buffers })).length).toBe(1);
	});
});
