/**
 * Node-only: the Be Vietnam Pro files (full Vietnamese coverage) and a Measure built from their
 * real metrics with fontkit, shared by the PNG and the PDF renderers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { FontWeight, Measure } from '../../../src/lib/infographics/text.ts';

const require = createRequire(import.meta.url);

/** Family name the satori templates ask for. */
export const FONT_FAMILY = 'Be Vietnam Pro';

const FILES: Record<FontWeight, string> = {
	400: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
	700: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
	800: '@expo-google-fonts/be-vietnam-pro/800ExtraBold/BeVietnamPro_800ExtraBold.ttf',
};

export interface LoadedFont {
	weight: FontWeight;
	path: string;
	data: Buffer;
	/** Ascender and descender as fractions of the em (descent is negative). */
	ascent: number;
	descent: number;
}

export interface FontSet {
	fonts: Record<FontWeight, LoadedFont>;
	measure: Measure;
	/** Hash of the font bytes, part of the cache key. */
	hash: string;
}

let cached: FontSet | undefined;

/** Loads the three weights once per process. */
export function loadFonts(): FontSet {
	if (cached) return cached;
	const hash = createHash('sha256');
	const fonts = {} as Record<FontWeight, LoadedFont>;
	const faces = {} as Record<FontWeight, fontkit.Font>;
	for (const weight of [400, 700, 800] as const) {
		const path = require.resolve(FILES[weight]);
		const data = readFileSync(path);
		hash.update(data);
		const face = fontkit.create(data);
		faces[weight] = face;
		fonts[weight] = {
			weight,
			path,
			data,
			ascent: face.ascent / face.unitsPerEm,
			descent: face.descent / face.unitsPerEm,
		};
	}
	// Width at size 1 per (weight, text): the fitting loops ask for the same strings many times.
	const widths = new Map<string, number>();
	const measure: Measure = (text, size, weight) => {
		const key = `${weight}\u0000${text}`;
		let width = widths.get(key);
		if (width === undefined) {
			const face = faces[weight];
			width = face.layout(text).advanceWidth / face.unitsPerEm;
			widths.set(key, width);
		}
		return width * size;
	};
	cached = { fonts, measure, hash: hash.digest('hex') };
	return cached;
}

/** What every PDF the scripts write says about itself. */
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
 * The one pdf-lib set-up for every PDF the scripts write (posters, training kit): fontkit registered,
 * the given weights embedded as subsets (the ToUnicode map still covers every glyph used, so the text
 * stays searchable and extractable), and the same metadata fields set the same way.
 */
export async function newPdfDocument<W extends FontWeight>(
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
	const { fonts: files } = loadFonts();
	const fonts = {} as Record<W, PDFFont>;
	for (const weight of weights) {
		fonts[weight] = await doc.embedFont(files[weight].data, { subset: true });
	}
	return { doc, fonts };
}
