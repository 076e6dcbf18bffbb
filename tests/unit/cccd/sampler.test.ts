import QRCode from 'qrcode';
import { beforeAll, describe, expect, test } from 'vitest';
import { readQrCodes } from '../../../src/lib/cccd/index.ts';
import { grayToRgba, type GrayImage } from '../../../src/lib/cccd/image.ts';
import { renderModules, sampleBent, type Quad } from '../../../src/lib/cccd/sampler.ts';
import { configureZxingForNode } from '../../../scripts/lib/zxing-node.ts';

beforeAll(() => configureZxingForNode());

const PAYLOAD = 'Bent QR test 0123456789 · Căn cước công dân';

function modules(text: string): { bits: Uint8Array; dim: number } {
	const qr = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
		errorCorrectionLevel: 'L',
	});
	return { bits: Uint8Array.from(qr.modules.data), dim: qr.modules.size };
}

/** The symbol drawn `px` pixels per module with a 4-module quiet zone, and its corners. */
function flat(bits: Uint8Array, dim: number, px: number): { img: GrayImage; quad: Quad } {
	const img = renderModules(bits, dim, px);
	const a = 4 * px;
	const b = a + dim * px;
	return {
		img,
		quad: {
			topLeft: { x: a, y: a },
			topRight: { x: b, y: a },
			bottomRight: { x: b, y: b },
			bottomLeft: { x: a, y: b },
		},
	};
}

/**
 * Bends an image like fabric: each row is shifted sideways and each column up/down by a sine wave
 * of `amp` pixels whose period is the symbol side, zero at the symbol's corners.
 */
function bend(src: GrayImage, quad: Quad, amp: number): GrayImage {
	const { width: w, height: h } = src;
	const side = quad.topRight.x - quad.topLeft.x;
	const out = new Uint8Array(w * h);
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) {
			const sx = x + amp * Math.sin((2 * Math.PI * (y - quad.topLeft.y)) / side);
			const sy = y + amp * Math.sin((2 * Math.PI * (x - quad.topLeft.x)) / side);
			const xi = Math.min(w - 1, Math.max(0, Math.round(sx)));
			const yi = Math.min(h - 1, Math.max(0, Math.round(sy)));
			out[y * w + x] = src.data[yi * w + xi]!;
		}
	}
	return { data: out, width: w, height: h };
}

function errors(a: Uint8Array, b: Uint8Array): number {
	let n = 0;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
	return n;
}

describe('sampleBent', () => {
	test('a flat code is sampled exactly, before and after refinement', () => {
		const { bits, dim } = modules(PAYLOAD);
		const { img, quad } = flat(bits, dim, 5);
		for (const sampled of sampleBent(img, quad, dim)) expect(errors(sampled, bits)).toBe(0);
	});

	test('refinement follows a bend of half a module', () => {
		const { bits, dim } = modules(PAYLOAD);
		const px = 4;
		const { img, quad } = flat(bits, dim, px);
		const bent = bend(img, quad, 0.5 * px);
		const rounds = sampleBent(bent, quad, dim);
		// The projective grid alone misses many modules; the fitted grid none.
		expect(errors(rounds[0]!, bits)).toBeGreaterThan(20);
		expect(errors(rounds.at(-1)!, bits)).toBe(0);
	});

	test('thorough mode reads a bent code and reports its corners in the photo', async () => {
		const { bits, dim } = modules(PAYLOAD);
		// zxing alone finds this code but cannot decode it (its grid misses by up to half a module).
		const px = 4;
		const { img, quad } = flat(bits, dim, px);
		const codes = await readQrCodes(grayToRgba(bend(img, quad, 0.4 * px)), { mode: 'thorough' });
		expect(codes.map((c) => c.text)).toEqual([PAYLOAD]);
		expect(codes[0]!.position.topLeft.x).toBeCloseTo(quad.topLeft.x, -1);
		expect(codes[0]!.position.bottomRight.y).toBeCloseTo(quad.bottomRight.y, -1);
	});
});
