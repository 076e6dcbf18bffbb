import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { readQrCodes } from '../../../src/lib/cccd/index.ts';
import {
	benchPhoto,
	loadBenchCards,
	type BenchCard,
} from '../../../scripts/lib/bench-photos/photos.ts';
import { configureZxingForNode } from '../../../scripts/lib/zxing-node.ts';

let cards: BenchCard[] = [];

beforeAll(async () => {
	configureZxingForNode();
	cards = await loadBenchCards();
});

const digest = (data: Uint8ClampedArray): string => createHash('sha256').update(data).digest('hex');

describe('benchmark phone photos', () => {
	test('the cards cover both generations, each with its QR located', () => {
		expect(new Set(cards.map((c) => c.generation))).toEqual(
			new Set(['cccd-2021', 'can-cuoc-2024'])
		);
		for (const c of cards) {
			expect(c.qr).toHaveLength(4);
			expect(c.payload.startsWith('000')).toBe(true);
		}
	});

	test('a photo is reproducible from its seed, and another seed gives another photo', async () => {
		const a = await benchPhoto(cards[1]!, 'glare-spot', 2, 99, { width: 640, height: 480 });
		const b = await benchPhoto(cards[1]!, 'glare-spot', 2, 99, { width: 640, height: 480 });
		const c = await benchPhoto(cards[1]!, 'glare-spot', 2, 100, { width: 640, height: 480 });
		expect(digest(a.data)).toBe(digest(b.data));
		expect(digest(a.data)).not.toBe(digest(c.data));
	});

	test('thorough reads a clean photo of each card generation', async () => {
		for (const card of [cards[0]!, cards[2]!]) {
			const img = await benchPhoto(card, 'clean', 1, 7);
			const codes = await readQrCodes(img, { mode: 'thorough' });
			expect(codes.map((c) => new TextDecoder().decode(c.bytes))).toContain(card.payload);
		}
	});

	test('thorough reads photos under strong glare that zxing alone (and the decoder before the glare pass) missed', async () => {
		const cases = [
			[cards[2]!, 'glare-spot', 3, 1],
			[cards[0]!, 'glare-spot', 3, 2],
			[cards[2]!, 'specular-band', 2, 1],
			[cards[0]!, 'specular-band', 2, 2],
		] as const;
		for (const [card, condition, strength, seed] of cases) {
			const img = await benchPhoto(card, condition, strength, seed);
			const codes = await readQrCodes(img, { mode: 'thorough' });
			expect(codes.map((c) => new TextDecoder().decode(c.bytes))).toContain(card.payload);
		}
	});
});
