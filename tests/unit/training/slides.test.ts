/**
 * The slides' pure parts: every slide has a picture that draws cleanly with alternative text, the
 * practice QR is 10 px per module and decodes to the sample card's payload, the SVG and PDF share
 * one layout, the reading-distance arithmetic and the full-screen controls' state.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadFonts } from '../../../scripts/lib/infographics/fonts.ts';
import { slideScene, slidesPdf } from '../../../scripts/lib/training-kit/slides.ts';
import { loadKitData } from '../../../scripts/lib/training-kit/data.ts';
import { configureZxingForNode } from '../../../scripts/lib/zxing-node.ts';
import { PDFDocument } from 'pdf-lib';
import { readQrCodes } from '../../../src/lib/cccd/index.ts';
import { loadContentData } from '../../../src/lib/content-data/load.ts';
import { qrTotalModules } from '../../../src/lib/infographics/qr.ts';
import { controlsState } from '../../../src/components/training/slide-deck.ts';
import {
	drawPicture,
	pictureData,
	pictureSize,
	practiceQr,
	PICTURE,
} from '../../../src/components/training/slide-pictures.ts';
import { SLIDE_PICTURES } from '../../../src/components/training/slide-picture-names.ts';
import { sceneSvg, sceneSvgContent } from '../../../src/components/training/scene-svg.ts';
import { pictureBox, SLIDE_LAYOUT } from '../../../src/components/training/slide-layout.ts';
import {
	practiceQrNote,
	PRACTICE_MODULE_PX,
	projectedModuleMm,
	readingDistanceM,
} from '../../../src/components/training/slide-qr.ts';
import { resolveSlides } from '../../../src/components/training/workshop.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const { methods, modules } = loadContentData();
const data = pictureData(methods);
const { fonts, measure } = loadFonts();

beforeAll(() => configureZxingForNode());

describe('pictures', () => {
	test('every slide of every module shows a picture', () => {
		for (const module of modules) {
			for (const slide of resolveSlides(module, methods)) {
				expect(SLIDE_PICTURES, `${module.id}: ${slide.title}`).toContain(slide.picture);
			}
		}
	});

	test.each(SLIDE_PICTURES)('%s draws without overflow and says what it shows', (name) => {
		const picture = drawPicture(name, data, measure, true);
		expect(picture.scene.problems).toEqual([]);
		expect(picture.alt.length).toBeGreaterThan(40);
		expect(picture.scene.ops.length).toBeGreaterThan(0);
		// Text stays inside the picture, so the slide layout can place it without clipping.
		for (const op of picture.scene.ops) {
			if (op.type !== 'text') continue;
			expect(op.x).toBeGreaterThanOrEqual(0);
			expect(op.y + op.lineBox).toBeLessThanOrEqual(picture.scene.height + 0.5);
		}
	});

	test('the card faces carry the sample card, which is obviously synthetic', () => {
		const picture = drawPicture('the-2024', data, measure, true);
		const texts = picture.scene.ops.flatMap((op) => (op.type === 'text' ? [op.text] : []));
		expect(texts).toContain(data.sample.idNumber);
		expect(data.sample.idNumber.startsWith('000')).toBe(true);
		expect(picture.alt).toContain('dữ liệu giả');
	});

	test('SVG output escapes text and places it on the PDF baseline', () => {
		const picture = drawPicture('the-2021', data, measure, true);
		const svg = sceneSvg(picture.scene, fonts, 'A < B & "C"');
		expect(svg).toContain('<title>A &lt; B &amp; &quot;C&quot;</title>');
		const text = picture.scene.ops.find((op) => op.type === 'text');
		if (text?.type !== 'text') throw new Error('no text');
		const { ascent, descent } = fonts[text.weight];
		const baseline =
			text.y + (text.lineBox - (ascent - descent) * text.size) / 2 + ascent * text.size;
		expect(sceneSvgContent(picture.scene, fonts)).toContain(
			`y="${Math.round(baseline * 100) / 100}"`
		);
	});
});

describe('the practice QR', () => {
	const matrix = practiceQr(data.sample.payload);
	const size = pictureSize('quet-the-mau', data);

	test(`is ${PRACTICE_MODULE_PX} units per module and fits the slide body`, () => {
		expect(size.width).toBe(qrTotalModules(matrix) * PRACTICE_MODULE_PX);
		expect(size.height).toBeLessThanOrEqual(SLIDE_LAYOUT.body.h);
		const box = pictureBox(size);
		// Whole pixels at 1280 × 720, so the modules are crisp on a projector.
		expect(Number.isInteger(box.x) && Number.isInteger(box.y)).toBe(true);
	});

	test('decodes to the sample payload from the picture at a quarter of its size', async () => {
		const picture = drawPicture('quet-the-mau', data, measure, true);
		const svg = sceneSvg(picture.scene, fonts, picture.alt);
		const quarter = Math.round(size.width / 4);
		const { data: raw, info } = await sharp(Buffer.from(svg))
			.resize(quarter, quarter)
			.ensureAlpha()
			.raw()
			.toBuffer({ resolveWithObject: true });
		const codes = await readQrCodes(
			{ data: new Uint8ClampedArray(raw), width: info.width, height: info.height },
			{ mode: 'fast' }
		);
		expect(codes.map((code) => code.text)).toEqual([data.sample.payload]);
	});
});

describe('the web font cut to Vietnamese', () => {
	test.each(['400Regular', '700Bold'])(
		'%s has a glyph for every character on the slides',
		(weight) => {
			const font = fontkit.create(
				readFileSync(`${ROOT}src/assets/fonts/be-vietnam-pro-${weight}-vi.woff2`)
			);
			const texts = modules.flatMap((module) =>
				resolveSlides(module, methods).flatMap((slide) => {
					const picture = drawPicture(slide.picture, data, measure, true);
					return [
						`Học phần ${module.number}`.toLocaleUpperCase('vi'),
						slide.title,
						...slide.points,
						...picture.scene.ops.flatMap((op) => (op.type === 'text' ? [op.text] : [])),
					];
				})
			);
			const missing = new Set(
				[...texts.join('').normalize('NFC')].filter(
					(char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)
				)
			);
			expect([...missing]).toEqual([]);
		}
	);
});

describe('reading distance', () => {
	test('a 10 px module on a 2 m and a 3 m wide screen', () => {
		expect(projectedModuleMm(10, 2)).toBeCloseTo(15.625, 3);
		expect(projectedModuleMm(10, 3)).toBeCloseTo(23.4375, 3);
		// 65° field of view, 1280-px frame, 3 px per module.
		expect(readingDistanceM(15.625)).toBeCloseTo(5.23, 2);
		expect(readingDistanceM(23.4375)).toBeCloseTo(7.85, 2);
	});

	test('larger modules read from farther, linearly', () => {
		expect(readingDistanceM(20)).toBeCloseTo(2 * readingDistanceM(10), 6);
		expect(readingDistanceM(20, { fovDeg: 65, framePx: 1280, pxPerModule: 2 })).toBeGreaterThan(
			readingDistanceM(20)
		);
	});

	test('the presenter note states module size and distances', () => {
		const note = practiceQrNote(41);
		expect(note).toContain('41 × 41 ô, mỗi ô 10 điểm ảnh');
		expect(note).toContain('15,6 mm');
		expect(note).toContain('23,4 mm');
		expect(note).toContain('từ khoảng 5 m đến 7 m');
	});
});

describe('full-screen controls', () => {
	const context = { presenting: true, keyboardFocusInControls: false };
	test('hide when idle while presenting', () => {
		expect(controlsState('idle', context)).toBe('hidden');
	});
	test('show on any activity', () => {
		expect(controlsState('activity', context)).toBe('shown');
	});
	test('stay while a keyboard user is on a control', () => {
		expect(controlsState('idle', { ...context, keyboardFocusInControls: true })).toBe('shown');
	});
	test('always show outside full screen', () => {
		expect(controlsState('idle', { ...context, presenting: false })).toBe('shown');
	});
});

describe('kit slide PDFs', () => {
	const kit = loadKitData(ROOT);
	test('every slide lays out without overflow in the page layout', () => {
		for (const module of kit.modules) {
			const slides = resolveSlides(module, kit.methods);
			slides.forEach((slide, i) => {
				const scene = slideScene(slide, i, slides.length, {
					kicker: `Học phần ${module.number}`,
					siteName: kit.siteName,
					issuer: kit.issuer,
					pictures: data,
				});
				expect(scene.problems, `${module.id} ${i + 1}`).toEqual([]);
				expect(scene.width / scene.height).toBeCloseTo(16 / 9, 5);
			});
		}
	});

	test('one 16:9 page per slide', async () => {
		const module = kit.modules.find((m) => m.slides.some((s) => s.picture === 'quet-the-mau'));
		if (!module) throw new Error('no practice slide');
		const doc = await PDFDocument.load(await slidesPdf(kit, module, ROOT));
		expect(doc.getPageCount()).toBe(module.slides.length);
		const { width, height } = doc.getPage(0).getSize();
		expect(width / height).toBeCloseTo(16 / 9, 3);
		expect(PICTURE.width).toBe(SLIDE_LAYOUT.picture.w);
	}, 30_000);
});
