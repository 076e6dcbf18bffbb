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
	/** Text columns per page (the answer sheet uses two to fit two pages). */
	readonly columns: number;
	readonly gutter: number;
	page!: PDFPage;
	y = 0;
	/** Top of the text on the current page: where a new column starts. */
	top = 0;
	column = 0;

	constructor(
		doc: PDFDocument,
		fonts: Fonts,
		size: [number, number],
		margin: number,
		layout: { columns?: number; gutter?: number } = {}
	) {
		this.doc = doc;
		this.fonts = fonts;
		this.size = size;
		this.margin = margin;
		this.columns = layout.columns ?? 1;
		this.gutter = layout.gutter ?? 18;
	}

	newPage(): void {
		this.page = this.doc.addPage(this.size);
		this.y = this.size[1] - this.margin;
		this.top = this.y;
		this.column = 0;
	}

	/** Next column, or a new page after the last one. */
	nextColumn(): void {
		if (this.column + 1 >= this.columns) {
			this.newPage();
			return;
		}
		this.column++;
		this.y = this.top;
	}

	/** Starts the columns here (below a full-width heading). */
	startColumns(): void {
		this.top = this.y;
		this.column = 0;
	}

	/** Moves on to the next column unless `height` more points fit in this one. */
	keep(height: number): void {
		if (this.y - height < this.margin + 14) this.nextColumn();
	}

	/** Height `text` will take with these options (same wrapping as text()). */
	measure(text: string, options: TextOptions = {}): number {
		const size = options.size ?? 11;
		const font = options.bold ? this.fonts.bold : this.fonts.regular;
		const bulletWidth = options.bullet ? font.widthOfTextAtSize(`${options.bullet} `, size) : 0;
		const lines = wrapText(text, this.width - (options.indent ?? 0) - bulletWidth, (t) =>
			font.widthOfTextAtSize(t, size)
		);
		return (
			(options.gapBefore ?? 0) + lines.length * size * 1.35 + (options.gapAfter ?? size * 0.35)
		);
	}

	get width(): number {
		return (this.size[0] - 2 * this.margin - this.gutter * (this.columns - 1)) / this.columns;
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
			if (this.y - lineHeight < this.margin + 14) this.nextColumn();
			this.y -= lineHeight;
			const x = this.margin + this.column * (this.width + this.gutter) + indent;
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
