/** A small flowing-text PDF writer over pdf-lib: wrapped paragraphs, headings, lists, footers. */
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { wrapText } from './text.ts';

export interface Fonts {
	regular: PDFFont;
	bold: PDFFont;
}

export interface TextOptions {
	size?: number;
	bold?: boolean;
	indent?: number;
	bullet?: string;
	gapBefore?: number;
	gapAfter?: number;
	color?: [number, number, number];
}

export const A4: [number, number] = [595.28, 841.89];
export const SLIDE: [number, number] = [960, 540];

export class PdfWriter {
	readonly doc: PDFDocument;
	readonly fonts: Fonts;
	readonly size: [number, number];
	readonly margin: number;
	page!: PDFPage;
	y = 0;

	constructor(doc: PDFDocument, fonts: Fonts, size: [number, number], margin: number) {
		this.doc = doc;
		this.fonts = fonts;
		this.size = size;
		this.margin = margin;
	}

	newPage(): void {
		this.page = this.doc.addPage(this.size);
		this.y = this.size[1] - this.margin;
	}

	get width(): number {
		return this.size[0] - 2 * this.margin;
	}

	/** Writes wrapped text, starting a new page when the next line does not fit. */
	text(text: string, options: TextOptions = {}): void {
		const size = options.size ?? 11;
		const font = options.bold ? this.fonts.bold : this.fonts.regular;
		const indent = options.indent ?? 0;
		const bulletWidth = options.bullet ? font.widthOfTextAtSize(`${options.bullet} `, size) : 0;
		const lineHeight = size * 1.35;
		const lines = wrapText(text, this.width - indent - bulletWidth, (s) =>
			font.widthOfTextAtSize(s, size)
		);
		this.y -= options.gapBefore ?? 0;
		lines.forEach((line, i) => {
			if (this.y - lineHeight < this.margin + 14) this.newPage();
			this.y -= lineHeight;
			const x = this.margin + indent;
			const color = options.color ? rgb(...options.color) : rgb(0, 0, 0);
			if (i === 0 && options.bullet)
				this.page.drawText(options.bullet, { x, y: this.y, size, font, color });
			this.page.drawText(line, { x: x + bulletWidth, y: this.y, size, font, color });
		});
		this.y -= options.gapAfter ?? size * 0.35;
	}

	heading(text: string, level: 1 | 2 | 3): void {
		const size = level === 1 ? 20 : level === 2 ? 15 : 12.5;
		// Keep a heading with at least three lines of what follows.
		if (this.y - size * 5 < this.margin) this.newPage();
		this.text(text, {
			size,
			bold: true,
			gapBefore: level === 1 ? 0 : size * 0.8,
			gapAfter: size * 0.4,
		});
	}

	list(items: readonly string[], numbered = false, indent = 0): void {
		items.forEach((item, i) =>
			this.text(item, { bullet: numbered ? `${i + 1}.` : '•', indent: indent + 8 })
		);
	}

	/** Footer on every page: what the document is, where it comes from, page n / N. */
	footer(label: string): void {
		const pages = this.doc.getPages();
		pages.forEach((page, i) => {
			const text = `${label} · Trang ${i + 1}/${pages.length}`;
			page.drawText(text, {
				x: this.margin,
				y: this.margin / 2,
				size: 8,
				font: this.fonts.regular,
				color: rgb(0.3, 0.3, 0.3),
			});
		});
	}
}
