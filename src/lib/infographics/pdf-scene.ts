/**
 * Scenes drawn into a vector PDF with pdf-lib. Text stays text (the Be Vietnam Pro TTF embedded,
 * subset, with a ToUnicode map), so the Vietnamese can be selected, searched and read aloud;
 * shapes, icons and the QR modules are vector paths and rectangles. DOM-free: the build
 * (scripts/lib/infographics/render-pdf.ts) and the poster maker's worker draw with this same code.
 */
import fontkit from '@pdf-lib/fontkit';
import {
	LineCapStyle,
	LineJoinStyle,
	PDFDocument,
	popGraphicsState,
	pushGraphicsState,
	rgb,
	setLineJoin,
	type PDFFont,
	type PDFPage,
} from 'pdf-lib';
import { ICON_GRID, ICON_STROKE, ICONS } from './icons.ts';
import { qrRuns, QUIET_ZONE, qrTotalModules } from './qr.ts';
import type { Scene } from './scene.ts';
import type { FontWeight } from './text.ts';

export interface PdfPageSpec {
	scene: Scene;
	/** Paper size in points; the scene is scaled to the paper width. */
	width: number;
	height: number;
}

/** What every PDF says about itself. */
export interface PdfInfo {
	title: string;
	/** Who publishes it (the site or the issuing unit). */
	author: string;
	/** Fixed dates keep the bytes stable between runs with the same content. */
	date: Date;
	subject?: string;
	keywords?: string[];
	/** What made it; the author when not given. */
	creator?: string;
	producer?: string;
}

/**
 * The one pdf-lib set-up for every PDF (posters, training kit, the poster maker): fontkit
 * registered, the given weights embedded as subsets (the ToUnicode map still covers every glyph
 * used, so the text stays searchable and extractable), and the same metadata fields set the same way.
 */
export async function pdfDocumentWithFonts<W extends FontWeight>(
	files: Readonly<Record<W, ArrayBuffer | Uint8Array>>,
	weights: readonly W[],
	info: PdfInfo
): Promise<{ doc: PDFDocument; fonts: Record<W, PDFFont> }> {
	const doc = await PDFDocument.create({ updateMetadata: false });
	doc.registerFontkit(fontkit);
	doc.setTitle(info.title, { showInWindowTitleBar: true });
	if (info.subject) doc.setSubject(info.subject);
	doc.setAuthor(info.author);
	if (info.keywords) doc.setKeywords(info.keywords);
	doc.setLanguage('vi-VN');
	doc.setCreator(info.creator ?? info.author);
	doc.setProducer(info.producer ?? 'pdf-lib');
	doc.setCreationDate(info.date);
	doc.setModificationDate(info.date);
	const fonts = {} as Record<W, PDFFont>;
	for (const weight of weights) {
		fonts[weight] = await doc.embedFont(files[weight], { subset: true });
	}
	return { doc, fonts };
}

function color(hex: string) {
	return rgb(
		parseInt(hex.slice(1, 3), 16) / 255,
		parseInt(hex.slice(3, 5), 16) / 255,
		parseInt(hex.slice(5, 7), 16) / 255
	);
}

function roundedRectPath(x: number, y: number, w: number, h: number, r: number): string {
	const radius = Math.min(r, w / 2, h / 2);
	return (
		`M${x + radius} ${y}H${x + w - radius}A${radius} ${radius} 0 0 1 ${x + w} ${y + radius}` +
		`V${y + h - radius}A${radius} ${radius} 0 0 1 ${x + w - radius} ${y + h}` +
		`H${x + radius}A${radius} ${radius} 0 0 1 ${x} ${y + h - radius}` +
		`V${y + radius}A${radius} ${radius} 0 0 1 ${x + radius} ${y}Z`
	);
}

/**
 * Draws one scene on a page of `spec.width` × `spec.height` points, scaled to the paper width.
 * `metrics` are the ascent and descent (fractions of the em) of each weight, to put each baseline
 * where the CSS line box of the PNG puts it.
 */
export function drawScene(
	page: PDFPage,
	spec: PdfPageSpec,
	fonts: Readonly<Record<FontWeight, PDFFont>>,
	metrics: Readonly<Record<FontWeight, { ascent: number; descent: number }>>
): void {
	const { scene } = spec;
	const k = spec.width / scene.width;
	const H = spec.height;
	// Background: the whole sheet, so a scene slightly shorter than the paper leaves no white band.
	page.drawRectangle({
		x: 0,
		y: 0,
		width: spec.width,
		height: spec.height,
		color: color(scene.background),
	});
	for (const op of scene.ops) {
		switch (op.type) {
			case 'rect':
				if (op.radius) {
					page.drawSvgPath(roundedRectPath(op.x, op.y, op.w, op.h, op.radius), {
						x: 0,
						y: H,
						scale: k,
						color: color(op.fill),
					});
				} else {
					page.drawRectangle({
						x: op.x * k,
						y: H - (op.y + op.h) * k,
						width: op.w * k,
						height: op.h * k,
						color: color(op.fill),
					});
				}
				break;
			case 'circle':
				page.drawEllipse({
					x: op.cx * k,
					y: H - op.cy * k,
					xScale: op.r * k,
					yScale: op.r * k,
					color: color(op.fill),
				});
				break;
			case 'text': {
				const font = fonts[op.weight];
				const size = op.size * k;
				const { ascent, descent } = metrics[op.weight];
				// CSS line box: half the leading above the content area, then the ascender.
				const content = (ascent - descent) * op.size;
				const baseline = op.y + (op.lineBox - content) / 2 + ascent * op.size;
				const width = font.widthOfTextAtSize(op.text, size);
				const boxX = op.x * k;
				const boxW = op.w * k;
				const x =
					op.align === 'center'
						? boxX + (boxW - width) / 2
						: op.align === 'right'
							? boxX + boxW - width
							: boxX;
				page.drawText(op.text, { x, y: H - baseline * k, size, font, color: color(op.color) });
				break;
			}
			case 'icon': {
				const scale = (op.size / ICON_GRID) * k;
				// drawSvgPath has no line-join option; round joins match the PNG icons.
				page.pushOperators(pushGraphicsState(), setLineJoin(LineJoinStyle.Round));
				for (const part of ICONS[op.icon]) {
					page.drawSvgPath(
						part.d,
						part.mode === 'fill'
							? { x: op.x * k, y: H - op.y * k, scale, color: color(op.color) }
							: {
									x: op.x * k,
									y: H - op.y * k,
									scale,
									borderColor: color(op.color),
									borderWidth: ICON_STROKE,
									borderLineCap: LineCapStyle.Round,
								}
					);
				}
				page.pushOperators(popGraphicsState());
				break;
			}
			case 'qr': {
				const module = (op.size / qrTotalModules(op.matrix)) * k;
				const left = op.x * k;
				const top = H - op.y * k;
				page.drawRectangle({
					x: left,
					y: top - op.size * k,
					width: op.size * k,
					height: op.size * k,
					color: color(op.bg),
				});
				for (const run of qrRuns(op.matrix)) {
					page.drawRectangle({
						x: left + (run.col + QUIET_ZONE) * module,
						y: top - (run.row + QUIET_ZONE + 1) * module,
						width: run.length * module,
						height: module,
						color: color(op.fg),
					});
				}
				break;
			}
		}
	}
}
