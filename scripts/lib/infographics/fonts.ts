/**
 * Node-only: the Be Vietnam Pro files (full Vietnamese coverage) and a Measure built from their
 * real metrics with fontkit, shared by the PNG and the PDF renderers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { pdfDocumentWithFonts, type PdfInfo } from '../../../src/lib/infographics/pdf-scene.ts';
import { measureWith } from '../../../src/lib/infographics/measure.ts';
import type { FontWeight, Measure } from '../../../src/lib/infographics/text.ts';

const require = createRequire(import.meta.url);

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
	const measure = measureWith(faces);
	cached = { fonts, measure, hash: hash.digest('hex') };
	return cached;
}

/** The shared pdf-lib set-up (pdf-scene.ts) with the fonts from node_modules. */
export async function newPdfDocument<W extends FontWeight>(
	weights: readonly W[],
	info: PdfInfo
): Promise<{ doc: PDFDocument; fonts: Record<W, PDFFont> }> {
	const { fonts: files } = loadFonts();
	const data = {} as Record<W, Uint8Array>;
	for (const weight of weights) data[weight] = files[weight].data;
	return pdfDocumentWithFonts(data, weights, info);
}
