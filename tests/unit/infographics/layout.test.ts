/**
 * Nothing overflows: every template at every size, with the real content and with deliberately
 * long content (the longest the schemas allow), keeps every text line inside its box and the
 * canvas, clear of the QR code and the icons.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../scripts/lib/infographics/data.ts';
import { loadFonts } from '../../../scripts/lib/infographics/fonts.ts';
import {
	IMAGE_FORMATS,
	PRINT_DESIGN_WIDTH,
	printDesignHeight,
	sourceLine,
	WORDING,
} from '../../../src/lib/infographics/design.ts';
import { methodPoints } from '../../../src/schemas/method.ts';
import type { Scene } from '../../../src/lib/infographics/scene.ts';
import { textRect } from '../../../src/lib/infographics/scene.ts';
import {
	hotlineSquare,
	methodLink,
	methodSquare,
	methodTall,
	ogCard,
	overviewTall,
	type MethodCardData,
	type RenderTarget,
} from '../../../src/lib/infographics/templates.ts';

const root = new URL('../../../', import.meta.url).pathname;
const content = loadContent(root);
const { measure } = loadFonts();
const support = content.contacts[0]!;
const hotline = {
	label: WORDING.hotlineLabel,
	value: support.phone,
	name: support.name,
	hours: support.hours,
	purpose: support.purpose,
};
// The longest footer a method card gets: every distinct citation of the real claims.
const allCites = sourceLine(content.claims.map((claim) => claim.cite).slice(0, 4));
const ctx = {
	siteName: content.site.siteName,
	issuer: content.site.issuer.name,
	hotline,
	source: allCites,
};
const policeCtx = { ...ctx, hotline: { ...WORDING.askPolice } };

// 48 characters (the schema's maximum) of long Vietnamese words, and three 90-character points.
const LONG_TITLE = 'Giấy xác nhận thông tin nghiệp vụ chuyển khoản ổn';
const LONG_POINT =
	'Người dân được khai thác thông tin trong Cơ sở dữ liệu quốc gia về dân cư ở mọi nơi nhé ạ';
const longMethod: MethodCardData = {
	number: 7,
	shortTitle: LONG_TITLE,
	keyPoints: [LONG_POINT, LONG_POINT, LONG_POINT],
	icon: 'id-number',
	url: 'https://7cach.haiphong.example.vn/cach-7/',
};

const png = (width: number, height: number, story = false): RenderTarget => ({
	width,
	height,
	measure,
	snap: true,
	story,
});
const print = (paper: 'a4' | 'a3'): RenderTarget => ({
	width: PRINT_DESIGN_WIDTH,
	height: printDesignHeight(paper),
	measure,
	snap: false,
});

function expectClean(scene: Scene): void {
	expect(scene.problems).toEqual([]);
	for (const block of scene.blocks) {
		expect(block.fits, block.label).toBe(true);
		expect(block.used.h, block.label).toBeLessThanOrEqual(block.box.h + 0.01);
		expect(block.used.w, block.label).toBeLessThanOrEqual(block.box.w + 0.01);
		expect(block.used.y, block.label).toBeGreaterThanOrEqual(block.box.y - 0.01);
	}
	for (const op of scene.ops) {
		if (op.type !== 'text') continue;
		const rect = textRect(op);
		expect(rect.x).toBeGreaterThanOrEqual(0);
		expect(rect.x + rect.w).toBeLessThanOrEqual(scene.width);
		expect(op.y + op.lineBox).toBeLessThanOrEqual(scene.height + 0.01);
		expect(op.text).toBe(op.text.normalize('NFC'));
	}
}

const targets = {
	vuong: png(IMAGE_FORMATS.vuong.width, IMAGE_FORMATS.vuong.height),
	'lien-ket': png(IMAGE_FORMATS['lien-ket'].width, IMAGE_FORMATS['lien-ket'].height),
	story: png(IMAGE_FORMATS.story.width, IMAGE_FORMATS.story.height, true),
	a4: print('a4'),
	a3: print('a3'),
};
const methodTemplate = {
	vuong: methodSquare,
	'lien-ket': methodLink,
	story: methodTall,
	a4: methodTall,
	a3: methodTall,
};

describe('method cards never overflow', () => {
	for (const [format, target] of Object.entries(targets) as Array<
		[keyof typeof targets, RenderTarget]
	>) {
		it(`real content, ${format}`, () => {
			for (const method of content.methods) {
				const card = {
					...method,
					keyPoints: methodPoints(method),
					url: `https://x.example.vn/${method.page}/`,
				};
				expectClean(methodTemplate[format](card, policeCtx, target));
				const scene = methodTemplate[format](card, ctx, target);
				expectClean(scene);
				// Key points stay readable on a phone: at least 24 px on a 1080-wide card.
				const points = scene.blocks.find((b) => b.label === 'ý chính')!;
				expect(points.size).toBeGreaterThanOrEqual(format === 'lien-ket' ? 20 : 24);
			}
		});

		it(`longest allowed content, ${format}`, () => {
			const scene = methodTemplate[format](longMethod, ctx, target);
			expectClean(scene);
			const title = scene.blocks.find((b) => b.label === 'tiêu đề')!;
			expect(title.lines).toBeGreaterThan(1);
		});
	}
});

describe('overview, hotline and link previews never overflow', () => {
	const overview = { methods: content.methods, url: 'https://x.example.vn/' };
	it.each(['story', 'a4', 'a3'] as const)('overview, %s', (format) => {
		expectClean(overviewTall(overview, ctx, targets[format]));
		const long = {
			...overview,
			methods: content.methods.map((m) => ({ ...m, shortTitle: LONG_TITLE })),
		};
		expectClean(overviewTall(long, ctx, targets[format]));
	});

	it('hotline card', () => {
		const others = content.contacts.filter((c) => c.scope === 'national').slice(1);
		for (const context of [ctx, policeCtx]) {
			expectClean(
				hotlineSquare(
					{ main: context.hotline, others, url: 'https://x.example.vn/tong-dai/' },
					context,
					targets.vuong
				)
			);
		}
	});

	it('link preview with a very long page title', () => {
		const title =
			'Hướng dẫn từng bước: xin Giấy xác nhận thông tin về cư trú trên ứng dụng VNeID và tại Công an xã, phường, đặc khu nơi cư trú';
		expectClean(
			ogCard(
				{
					title,
					description: LONG_POINT,
					kicker: 'CÁCH 6',
					icon: 'document',
					host: 'x.example.vn',
				},
				ctx,
				png(1200, 630)
			)
		);
		expectClean(ogCard({ title: 'Trang', host: 'x.example.vn' }, ctx, png(1200, 630)));
	});
});
