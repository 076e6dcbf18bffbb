/**
 * The kit's slide PDFs, drawn to the slide pages' own layout (src/components/training/
 * slide-layout.ts) with the posters' Scene builder and PDF renderer: the same band, number,
 * points, picture (the very Scene the page shows as SVG) and issuer footer, so the PDF a trainer
 * opens offline looks like the deck on screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { COLORS } from '../../../src/lib/infographics/design.ts';
import { SceneBuilder, type Op, type Scene } from '../../../src/lib/infographics/scene.ts';
import { publicDir } from '../../../src/lib/content-data/load.ts';
import type { TrainingModule, WithId } from '../../../src/schemas/training.ts';
import { resolveSlides, type ResolvedSlide } from '../../../src/components/training/workshop.ts';
import {
	drawPicture,
	pictureData,
	PRACTICE_CARD,
	type PictureData,
} from '../../../src/components/training/slide-pictures.ts';
import {
	pictureBox,
	SLIDE_FRAME,
	SLIDE_LAYOUT as L,
} from '../../../src/components/training/slide-layout.ts';
import { loadFonts } from '../infographics/fonts.ts';
import { renderPdf } from '../infographics/render-pdf.ts';
import type { KitData } from './data.ts';

/** PDF page size in points: 16:9, 1280 × 720 units at 0.75. */
export const SLIDE_PAGE = { width: 960, height: 540 } as const;

/** Moves a picture's ops to where the slide places it. */
function translate(op: Op, dx: number, dy: number): Op {
	return op.type === 'circle'
		? { ...op, cx: op.cx + dx, cy: op.cy + dy }
		: { ...op, x: op.x + dx, y: op.y + dy };
}

export interface SlideContext {
	kicker: string;
	siteName: string;
	issuer: string;
	pictures: PictureData;
}

/** One slide as a 1280 × 720 Scene. */
export function slideScene(
	slide: ResolvedSlide,
	index: number,
	total: number,
	ctx: SlideContext
): Scene {
	const { measure } = loadFonts();
	const b = new SceneBuilder(SLIDE_FRAME.width, SLIDE_FRAME.height, COLORS.cream, measure, false);
	b.rect(L.band.x, L.band.y, L.band.w, L.band.h, COLORS.red);
	b.text('dòng trên tiêu đề', ctx.kicker.toLocaleUpperCase('vi'), L.kicker, {
		weight: 700,
		color: COLORS.gold,
		maxSize: L.kicker.size,
		minSize: L.kicker.size * 0.8,
		lineHeight: 1.3,
		maxLines: 1,
	});
	b.text('tiêu đề', slide.title, L.title, {
		weight: 700,
		color: COLORS.white,
		maxSize: L.title.size,
		minSize: 32,
		lineHeight: L.title.lineHeight,
		maxLines: 2,
		valign: 'top',
	});
	const number = `${index + 1} / ${total}`;
	const numberW = measure(number, L.number.size, 700) + 2 * L.number.padX;
	const numberX = L.number.right - numberW;
	b.rect(numberX, L.number.y, numberW, L.number.h, COLORS.gold, L.number.h / 2);
	b.text(
		'số trang',
		number,
		{ x: numberX, y: L.number.y, w: numberW, h: L.number.h },
		{
			weight: 700,
			color: COLORS.navy,
			maxSize: L.number.size,
			minSize: L.number.size,
			lineHeight: 1.2,
			maxLines: 1,
			align: 'center',
			valign: 'middle',
		}
	);

	const practice = slide.picture === 'quet-the-mau';
	const card = L.sampleCard;
	const pointsBox = practice
		? { ...L.points, y: L.body.y + 11, h: L.body.h - 22 - card.h - card.gap }
		: L.points;
	b.list('các ý', slide.points, pointsBox, {
		weight: 400,
		color: COLORS.navy,
		maxSize: L.points.size,
		minSize: 24,
		lineHeight: L.points.lineHeight,
		gap: L.points.gap / L.points.size,
		bulletColor: COLORS.red,
		valign: practice ? 'bottom' : 'middle',
	});

	const picture = drawPicture(slide.picture, ctx.pictures, measure, false);
	const box = pictureBox(picture.scene);
	b.rect(box.x, box.y, box.w, box.h, picture.scene.background, 16);
	for (const op of picture.scene.ops) b.scene.ops.push(translate(op, box.x, box.y));
	b.scene.problems.push(...picture.scene.problems);

	const { footer } = L;
	b.rect(footer.x, footer.y, footer.w, footer.h, COLORS.redDark);
	const siteW = measure(ctx.siteName, footer.size, 700);
	const line = { y: footer.y, h: footer.h };
	const style = {
		color: COLORS.white,
		maxSize: footer.size,
		minSize: footer.size * 0.8,
		lineHeight: 1.2,
		maxLines: 1,
		valign: 'middle' as const,
	};
	b.text(
		'tên trang',
		ctx.siteName,
		{ x: L.points.x, w: siteW + 2, ...line },
		{ ...style, weight: 700 }
	);
	const dotX = L.points.x + siteW + footer.gap;
	b.text('dấu chấm', '·', { x: dotX, w: 12, ...line }, { ...style, weight: 400 });
	b.text(
		'đơn vị phát hành',
		ctx.issuer,
		{ x: dotX + 12 + footer.gap, w: 1280 - dotX - 12 - footer.gap - L.points.x, ...line },
		{ ...style, weight: 400 }
	);
	return b.finish();
}

/** One module's slides as a 16:9 PDF, one slide per page, laid out like the slide pages. */
export async function slidesPdf(
	data: KitData,
	module: WithId<TrainingModule>,
	root: string
): Promise<Uint8Array> {
	const slides = resolveSlides(module, data.methods);
	const ctx: SlideContext = {
		kicker: `Học phần ${module.number}`,
		siteName: data.siteName,
		issuer: data.issuer,
		pictures: pictureData(data.methods),
	};
	const scenes = slides.map((slide, i) => slideScene(slide, i, slides.length, ctx));
	const problems = scenes.flatMap((scene, i) => scene.problems.map((p) => `Trang ${i + 1}: ${p}`));
	if (problems.length) throw new Error(`Học phần ${module.number}: ${problems.join('; ')}`);
	const bytes = await renderPdf(
		scenes.map((scene) => ({ scene, ...SLIDE_PAGE })),
		{
			title: `Trình chiếu học phần ${module.number}: ${module.title}`,
			subject: module.objective,
			author: data.siteName,
			keywords: ['tập huấn', 'trình chiếu'],
			date: data.reviewed,
		}
	);
	const practice = slides.findIndex((slide) => slide.picture === 'quet-the-mau');
	return practice < 0 ? bytes : withSampleCard(bytes, practice, root);
}

/** Puts the sample card image under the practice slide's points, where the page shows it. */
async function withSampleCard(bytes: Uint8Array, index: number, root: string): Promise<Uint8Array> {
	let png: Buffer;
	try {
		png = readFileSync(join(publicDir(root), 'samples', PRACTICE_CARD));
	} catch {
		return bytes; // No sample cards generated: the QR alone still serves the exercise.
	}
	const doc = await PDFDocument.load(bytes, { updateMetadata: false });
	const page = doc.getPage(index);
	const image = await doc.embedPng(png);
	const k = SLIDE_PAGE.width / SLIDE_FRAME.width;
	const { sampleCard: card } = L;
	page.drawImage(image, {
		x: L.points.x * k,
		y: SLIDE_PAGE.height - (L.body.y + L.body.h - 11) * k,
		width: card.w * k,
		height: card.h * k,
	});
	return doc.save({ useObjectStreams: true });
}
