/**
 * Node-only: the print PDFs of the build, drawn by the shared pdf-scene.ts with the fonts from
 * node_modules.
 */
import { drawScene, type PdfPageSpec } from '../../../src/lib/infographics/pdf-scene.ts';
import { loadFonts, newPdfDocument } from './fonts.ts';

export interface PdfMeta {
	title: string;
	subject: string;
	author: string;
	keywords: string[];
	/** Fixed dates keep the bytes stable between runs with the same content. */
	date: Date;
}

/** Builds a PDF with one page per spec; returns its bytes. */
export async function renderPdf(pages: readonly PdfPageSpec[], meta: PdfMeta): Promise<Uint8Array> {
	// Subsetting keeps A4 files small; the unit tests check the text with pdf.js extraction.
	const { doc, fonts: embedded } = await newPdfDocument([400, 700, 800] as const, meta);
	const { fonts: metrics } = loadFonts();
	for (const spec of pages) {
		const page = doc.addPage([spec.width, spec.height]);
		drawScene(page, spec, embedded, metrics);
	}
	return doc.save({ useObjectStreams: true });
}
