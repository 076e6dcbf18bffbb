/**
 * Phone stories keep their text out of the bands the apps cover (top 250 px, bottom 340 px), for
 * every method, the overview and every poster-maker story; and titles never split a word pair
 * such as "cư trú" at any box width.
 */
import { describe, expect, it } from 'vitest';
import { listPages, loadContent } from '../../../scripts/lib/infographics/data.ts';
import { loadFonts } from '../../../scripts/lib/infographics/fonts.ts';
import { buildCatalog } from '../../../src/lib/infographics/catalog.ts';
import { STORY_SAFE } from '../../../src/lib/infographics/design.ts';
import { posterScene } from '../../../src/lib/infographics/poster.ts';
import { textRect, type Scene } from '../../../src/lib/infographics/scene.ts';
import {
	methodTall,
	overviewTall,
	type RenderTarget,
} from '../../../src/lib/infographics/templates.ts';
import { NO_BREAK_PHRASES, wrapText, wrapUnits } from '../../../src/lib/infographics/text.ts';

const root = new URL('../../../', import.meta.url).pathname;
const catalog = buildCatalog(loadContent(root), new Set(listPages(root).map((page) => page.slug)));
const { measure } = loadFonts();
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
				phones: ['0225 3846 000', '0900.000.000'],
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
