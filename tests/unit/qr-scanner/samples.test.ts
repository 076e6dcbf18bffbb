import { describe, expect, it } from 'vitest';
import {
	judgeCodes,
	judgeImage,
	judgeText,
} from '../../../src/components/qr-scanner/decode-outcome.ts';
import { qrSvg } from '../../../src/components/qr-scanner/qr-svg.ts';
import {
	sampleFromQuery,
	sampleOptions,
	stepSample,
} from '../../../src/components/qr-scanner/samples.ts';
import { withBase } from '../../../src/lib/base-path.ts';

describe('sample options', () => {
	const samples = sampleOptions();

	it('cover both card generations, with obviously fake data', () => {
		expect(samples.length).toBeGreaterThanOrEqual(2);
		expect(samples.some((s) => s.payload.split('|').length === 7)).toBe(true);
		expect(samples.some((s) => s.payload.split('|').length === 11)).toBe(true);
		for (const s of samples) expect(s.payload.split('|')[0]).toMatch(/^\d{6}000\d{3}$/);
	});

	it('point at the images written by npm run samples', () => {
		expect(samples[0]).toMatchObject({
			index: 1,
			imagePath: 'samples/the-mau-1.png',
			qrPath: 'samples/the-mau-1-qr.png',
		});
	});

	it('all parse as cards', () => {
		for (const s of samples) expect(judgeText(s.payload, new Date(2026, 0, 1)).kind).toBe('card');
	});
});

describe('projector navigation', () => {
	it('reads ?mau=N, falling back to the first sample', () => {
		expect(sampleFromQuery('?mau=3', 6)).toBe(3);
		expect(sampleFromQuery('?mau=9', 6)).toBe(1);
		expect(sampleFromQuery('?mau=abc', 6)).toBe(1);
		expect(sampleFromQuery('', 6)).toBe(1);
	});

	it('wraps around both ways', () => {
		expect(stepSample(6, 1, 6)).toBe(1);
		expect(stepSample(1, -1, 6)).toBe(6);
		expect(stepSample(2, 1, 6)).toBe(3);
	});

	it('joins the base path', () => {
		expect(withBase('/quet-qr/', '/')).toBe('/quet-qr/');
		expect(withBase('samples/a.png', '/7cach')).toBe('/7cach/samples/a.png');
	});
});

describe('projector QR drawing', () => {
	it('draws one square per dark module inside a 4-module quiet zone', () => {
		const svg = qrSvg('031088000123||Nguyễn Văn Mẫu|15031988|Nam|Xã Mẫu, Hà Nội|01062021');
		expect(svg.size % 4).toBe(1); // 21 + 4k modules + 8 quiet
		expect(svg.path).toMatch(/^M4 4h1v1h-1z/); // finder pattern's top-left module
	});
});

describe('judging what the reader found', () => {
	const enc = new TextEncoder();
	const card = '031088000123||Nguyễn Văn Mẫu|15031988|Nam|Xã Mẫu, Hà Nội|01062021';

	it('reports no QR for an empty list', () => {
		expect(judgeCodes([])).toEqual({ kind: 'no-qr' });
	});

	it('picks the card among several codes', () => {
		const out = judgeCodes([
			{ bytes: enc.encode('https://example.com'), text: 'https://example.com' },
			{ bytes: enc.encode(card), text: card },
		]);
		expect(out.kind).toBe('card');
	});

	it('prefers "damaged card" over "not a card" when both are in view', () => {
		const damaged = card.replace('15031988', '32131988');
		const out = judgeCodes([
			{ bytes: enc.encode('WIFI:S:x;;'), text: 'WIFI:S:x;;' },
			{ bytes: enc.encode(damaged), text: damaged },
		]);
		expect(out.kind === 'invalid' && out.errors[0]?.code).toBe('date-invalid');
	});

	it('says where the card’s code is in the picture, when read from one', () => {
		const corner = (x: number, y: number) => ({ x, y });
		const at = (x: number) => ({
			topLeft: corner(x, 10),
			topRight: corner(x + 50, 10),
			bottomRight: corner(x + 50, 60),
			bottomLeft: corner(x, 60),
		});
		const out = judgeImage(
			[
				{ bytes: enc.encode('https://example.com'), text: 'https://example.com', position: at(0) },
				{ bytes: enc.encode(card), text: card, position: at(100) },
			],
			{ width: 640, height: 480 }
		);
		expect(out.kind === 'card' && out.spot).toEqual({ width: 640, height: 480, position: at(100) });
		// Typed text and codes without a position have no spot.
		const typed = judgeText(card);
		expect(typed.kind === 'card' && 'spot' in typed).toBe(false);
		const bare = judgeImage([{ bytes: enc.encode(card), text: card }], { width: 1, height: 1 });
		expect(bare.kind === 'card' && 'spot' in bare).toBe(false);
		expect(judgeImage([], { width: 1, height: 1 })).toEqual({ kind: 'no-qr' });
	});

	it('reports a foreign QR as not a card', () => {
		const out = judgeCodes([
			{ bytes: enc.encode('https://example.com'), text: 'https://example.com' },
		]);
		expect(out.kind === 'invalid' && out.errors[0]?.code).toBe('not-cccd');
	});
});
