/**
 * Phone stories keep their text out of the bands the apps cover (top 250 px, bottom 340 px), for
 * every method, the overview and every poster-maker story; and titles never split a word pair
 * such as "cư trú" at any box width; link previews say "CÁCH n" once and the home one uses its space.
 */
import { describe, expect, it } from 'vitest';
import { catalog, measure } from './catalog-fixture.ts';
import { STORY_SAFE } from '../../../src/lib/infographics/design.ts';
import { posterScene } from '../../../src/lib/infographics/poster.ts';
import { textRect, type Scene } from '../../../src/lib/infographics/scene.ts';
import {
	methodTall,
	ogCard,
	overviewTall,
	withoutKicker,
	type RenderTarget,
} from '../../../src/lib/infographics/templates.ts';
import { NO_BREAK_PHRASES, wrapText, wrapUnits } from '../../../src/lib/infographics/text.ts';

const story: RenderTarget = { width: 1080, height: 1920, measure, snap: true, story: true };

function expectSafe(scene: Scene): void {
	expect(scene.problems).toEqual([]);
	const lines = scene.ops.filter((op) => op.type === 'text').map(textRect);
	expect(lines.length).toBeGreaterThan(5);
	for (const line of lines) {
		expect(line.y, line.text).toBeGreaterThanOrEqual(STORY_SAFE.top);
		expect(line.y + line.h, line.text).toBeLessThanOrEqual(scene.height - STORY_SAFE.bottom);
	}
	// The QR code is essential too.
	for (const op of scene.ops.filter((o) => o.type === 'qr')) {
		expect(op.y).toBeGreaterThanOrEqual(STORY_SAFE.top);
		expect(op.y + op.size).toBeLessThanOrEqual(scene.height - STORY_SAFE.bottom);
	}
}

describe('story safe areas', () => {
	for (const method of catalog.methods) {
		it(`${method.name}: no text in the covered bands`, () => {
			expectSafe(methodTall(method.card, method.ctx, story));
		});
	}
	it('overview: no text in the covered bands', () => {
		expectSafe(overviewTall(catalog.overview.data, catalog.overview.ctx, story));
	});
	it('overview: the seven rows are evenly spaced and do not touch', () => {
		const scene = overviewTall(catalog.overview.data, catalog.overview.ctx, story);
		const discs = scene.ops.filter((op) => op.type === 'circle');
		const steps = discs.slice(1).map((disc, i) => disc.cy - discs[i]!.cy);
		expect(discs).toHaveLength(7);
		for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 6);
		expect(steps[0]! - 2 * discs[0]!.r).toBeGreaterThan(8);
	});
	for (const design of ['cach-1', 'tong-quan'] as const) {
		it(`poster maker ${design} story with a long unit: no text in the covered bands`, () => {
			const unit = {
				name: 'Công an phường Nghiễm Ưởng và Tổ công tác Đề án 06 của khu dân cư số mười hai',
				phones: ['0200 0000 000', '0900.000.000'],
				address: 'Số 123 đường Nguyễn Văn Ưởng, tổ dân phố 14, phường Mẫu',
				note: 'Tiếp dân sáng thứ Bảy',
			};
			expectSafe(posterScene(catalog, { design, format: 'story', unit }, measure, true));
		});
	}
});

describe('no-break phrases', () => {
	it('merges the listed pairs, longest first, punctuation aside', () => {
		expect(wrapUnits('Giấy xác nhận cư trú (CT07)'.split(' '))).toEqual([
			'Giấy',
			'xác\u00a0nhận',
			'cư\u00a0trú',
			'(CT07)',
		]);
		expect(wrapUnits('thay sổ hộ khẩu, sổ tạm trú.'.split(' '))).toEqual([
			'thay',
			'sổ\u00a0hộ\u00a0khẩu,',
			'sổ\u00a0tạm\u00a0trú.',
		]);
	});

	it('never ends a line inside a listed pair, at any width', () => {
		const texts = [
			...catalog.methods.map((m) => m.card.shortTitle),
			...catalog.methods.flatMap((m) => m.card.keyPoints),
			'Giấy xác nhận cư trú (CT07)',
		];
		const pairs = NO_BREAK_PHRASES.map((p) => p.toLocaleLowerCase('vi').split(' '));
		for (const text of texts) {
			for (let width = 200; width <= 1000; width += 20) {
				const { lines } = wrapText(text, width, 60, 800, measure);
				expect(lines.join(' ')).toBe(text.replace(/\s+/g, ' '));
				lines.slice(0, -1).forEach((line, i) => {
					const last = line.split(' ').at(-1)!.toLocaleLowerCase('vi');
					const next = lines[i + 1]!.split(' ')[0]!
						.toLocaleLowerCase('vi')
						.replace(/[,.;:]$/, '');
					for (const pair of pairs) {
						for (let k = 0; k < pair.length - 1; k++) {
							const split = last === pair[k] && next === pair[k + 1];
							expect(split, `${text} @ ${width}: "${line}" / "${lines[i + 1]}"`).toBe(false);
						}
					}
				});
			}
		}
	});
});

describe('link previews', () => {
	const og: RenderTarget = { width: 1200, height: 630, measure, snap: true };
	const ctx = { ...catalog.overview.ctx, source: 'Nguồn: xem trên trang' };

	it('a method page says "CÁCH n" once, above its title', () => {
		expect(withoutKicker('Cách 3: Quét mã QR trên thẻ', 'CÁCH 3')).toBe('Quét mã QR trên thẻ');
		expect(withoutKicker('Cách 30 ngày', 'CÁCH 3')).toBe('Cách 30 ngày');
		const scene = ogCard(
			{ title: 'Cách 3: Quét mã QR trên thẻ', kicker: 'CÁCH 3', icon: 'qr', host: 'x.vn' },
			ctx,
			og
		);
		const texts = scene.ops.filter((op) => op.type === 'text').map((op) => op.text);
		expect(texts.filter((t) => /cách 3/i.test(t))).toEqual(['CÁCH 3']);
		// Who publishes it, on every preview.
		expect(texts).toContain(catalog.issuer);
	});

	it('the home preview lists the seven ways in the space under its title', () => {
		const items = catalog.methods.map((m) => `${m.card.number}. ${m.card.shortTitle}`);
		const scene = ogCard({ title: catalog.siteName, host: 'x.vn', items }, ctx, og);
		expect(scene.problems).toEqual([]);
		const texts = scene.ops.filter((op) => op.type === 'text');
		for (const item of items) expect(texts.map((op) => op.text)).toContain(item);
		// The lowest item ends near the footer: no half-empty card.
		const lowest = Math.max(
			...texts.filter((op) => /^\d\. /.test(op.text)).map((op) => op.y + op.lineBox)
		);
		expect(lowest).toBeGreaterThan(630 - 96 - 120);
	});
});
