/**
 * Text measuring and wrapping for the infographics. DOM-free and font-agnostic: the caller passes
 * a `Measure` built from the real font (fontkit in Node), so the same wrapping drives the PNG
 * cards (satori) and the print PDFs (pdf-lib), and tests can prove that nothing overflows.
 */

/** Width of `text` set in `weight` at `size` (same unit as `size`, e.g. px or pt). */
export type Measure = (text: string, size: number, weight: FontWeight) => number;

export type FontWeight = 400 | 700 | 800;

/** Vietnamese text may arrive decomposed (e.g. pasted from Word on macOS); fonts want NFC. */
export function nfc(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Renderers differ slightly in kerning and rounding (satori uses opentype.js, pdf-lib sums
 * advances): wrap against a box this much narrower so a line never touches the edge.
 */
export const WIDTH_SAFETY = 0.96;

/**
 * Word groups a line must not split ("cư / trú" reads as two unrelated words): a title breaks
 * between phrases, never inside one. Compared case-insensitively, punctuation around ignored.
 * Add, don't rename: the slides reuse this list.
 */
export const NO_BREAK_PHRASES: readonly string[] = [
	'sổ hộ khẩu',
	'sổ tạm trú',
	'hộ khẩu',
	'cư trú',
	'tạm trú',
	'thường trú',
	'căn cước',
	'công dân',
	'dân cư',
	'định danh',
	'điện tử',
	'xác nhận',
	'thông tin',
	'dữ liệu',
	'tài khoản',
	'tra cứu',
	'công an',
	'mã QR',
	'giấy tờ',
	'thủ tục',
	'hành chính',
	'gắn chip',
];

/** Non-breaking space: joins the words of a phrase into one wrapping unit. */
const JOIN = '\u00a0';

const bare = (word: string): string =>
	word.replace(/^[("“'«]+|[)"”'».,;:!?…]+$/g, '').toLocaleLowerCase('vi');

const PHRASE_WORDS = NO_BREAK_PHRASES.map((phrase) =>
	phrase.toLocaleLowerCase('vi').split(' ')
).sort((a, b) => b.length - a.length);

/** The words of a text with each no-break phrase merged into one unit (longest phrase first). */
export function wrapUnits(words: readonly string[]): string[] {
	const units: string[] = [];
	for (let i = 0; i < words.length;) {
		const match = PHRASE_WORDS.find(
			(phrase) =>
				i + phrase.length <= words.length && phrase.every((word, k) => bare(words[i + k]!) === word)
		);
		const length = match?.length ?? 1;
		units.push(words.slice(i, i + length).join(JOIN));
		i += length;
	}
	return units;
}

/**
 * Greedy word wrap. A single word wider than the box is kept on its own line and reported by
 * `fits: false` so callers can shrink the text instead of clipping it.
 */
function greedyWrap(
	words: readonly string[],
	limit: number,
	size: number,
	weight: FontWeight,
	measure: Measure
): { lines: string[]; fits: boolean } {
	const lines: string[] = [];
	let current = '';
	let fits = true;
	for (const word of words) {
		const candidate = current ? `${current} ${word}` : word;
		if (!current || measure(candidate, size, weight) <= limit) {
			current = candidate;
		} else {
			lines.push(current);
			current = word;
		}
		if (measure(current, size, weight) > limit) fits = false;
	}
	if (current) lines.push(current);
	return { lines, fits };
}

/**
 * Word wrap with balanced lines (like CSS `text-wrap: balance`): first the greedy wrap, then the
 * narrowest width that still needs no more lines, so a title ends "SỔ HỘ KHẨU" rather than
 * leaving one word alone on the last line. Lines never get wider than the greedy ones.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	size: number,
	weight: FontWeight,
	measure: Measure
): { lines: string[]; fits: boolean } {
	const limit = maxWidth * WIDTH_SAFETY;
	const words = wrapUnits(nfc(text).split(' ').filter(Boolean));
	const plain = (result: { lines: string[]; fits: boolean }) => ({
		lines: result.lines.map((line) => line.replaceAll(JOIN, ' ')),
		fits: result.fits,
	});
	const greedy = greedyWrap(words, limit, size, weight, measure);
	if (greedy.lines.length < 2 || !greedy.fits) return plain(greedy);
	let low = 0;
	let high = limit;
	// Bisect the width: about 1/1000 of the box is finer than any glyph.
	while (high - low > limit / 1000) {
		const mid = (low + high) / 2;
		const trial = greedyWrap(words, mid, size, weight, measure);
		if (trial.fits && trial.lines.length <= greedy.lines.length) high = mid;
		else low = mid;
	}
	return plain(greedyWrap(words, high, size, weight, measure));
}

export interface FitOptions {
	maxWidth: number;
	maxHeight: number;
	maxSize: number;
	minSize: number;
	weight: FontWeight;
	/** Line height as a multiple of the font size. */
	lineHeight: number;
	maxLines?: number;
	/** Size step when shrinking; 1 px/pt is fine for a few dozen blocks. */
	step?: number;
}

export interface FittedText {
	size: number;
	lines: string[];
	/** Height of the set text: lines × size × lineHeight. */
	height: number;
	/** Widest line as measured, for tests. */
	width: number;
	/** False when even `minSize` could not fit: the caller must not draw it silently. */
	fits: boolean;
}

/** The largest size (from maxSize down to minSize) at which the text fits the box. */
export function fitText(text: string, options: FitOptions, measure: Measure): FittedText {
	const step = options.step ?? 1;
	let last: FittedText | undefined;
	for (let size = options.maxSize; size >= options.minSize - 1e-9; size -= step) {
		last = setBlock(text, size, options, measure);
		if (last.fits) return last;
	}
	return last ?? setBlock(text, options.minSize, options, measure);
}

function setBlock(text: string, size: number, options: FitOptions, measure: Measure): FittedText {
	const { lines, fits: wordsFit } = wrapText(text, options.maxWidth, size, options.weight, measure);
	const height = lines.length * size * options.lineHeight;
	const width = Math.max(0, ...lines.map((line) => measure(line, size, options.weight)));
	const fits =
		wordsFit &&
		height <= options.maxHeight + 1e-6 &&
		(options.maxLines === undefined || lines.length <= options.maxLines);
	return { size, lines, height, width, fits };
}

export interface FittedList {
	size: number;
	items: Array<{ lines: string[]; height: number }>;
	/** Total height including the gaps between items. */
	height: number;
	fits: boolean;
}

/**
 * Fits several paragraphs (key points) at one shared size into one box, with `gap` (a multiple of
 * the size) between them, so the points of a card always look alike.
 */
export function fitList(
	texts: readonly string[],
	options: Omit<FitOptions, 'maxLines'> & { gap: number; maxLinesEach?: number },
	measure: Measure
): FittedList {
	const step = options.step ?? 1;
	let last: FittedList | undefined;
	for (let size = options.maxSize; size >= options.minSize - 1e-9; size -= step) {
		let allFit = true;
		const items = texts.map((text) => {
			const { lines, fits } = wrapText(text, options.maxWidth, size, options.weight, measure);
			if (!fits || (options.maxLinesEach !== undefined && lines.length > options.maxLinesEach)) {
				allFit = false;
			}
			return { lines, height: lines.length * size * options.lineHeight };
		});
		const height =
			items.reduce((sum, item) => sum + item.height, 0) +
			Math.max(0, items.length - 1) * size * options.gap;
		last = { size, items, height, fits: allFit && height <= options.maxHeight + 1e-6 };
		if (last.fits) return last;
	}
	return last ?? { size: options.minSize, items: [], height: 0, fits: texts.length === 0 };
}

/** Shortens text to fit `maxWidth` on one line, ending with "…" (for OG descriptions only). */
export function ellipsize(
	text: string,
	maxWidth: number,
	size: number,
	weight: FontWeight,
	measure: Measure
): string {
	const limit = maxWidth * WIDTH_SAFETY;
	const clean = nfc(text);
	if (measure(clean, size, weight) <= limit) return clean;
	const words = clean.split(' ');
	while (words.length > 1) {
		words.pop();
		const candidate = `${words.join(' ').replace(/[,.;:–-]+$/, '')}…`;
		if (measure(candidate, size, weight) <= limit) return candidate;
	}
	return '…';
}
