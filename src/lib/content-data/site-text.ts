/**
 * Words that differ from one province to another, written once in `site.yaml` and used in pages and
 * data files as «…» placeholders, e.g. "Công an xã, phường ở «tỉnh»" or "theo «công văn»". Pages
 * (MDX text and frontmatter) and data files stay readable for editors, and another province's build
 * never shows the first province's name or numbers.
 * DOM-free and fs-free: used by the content-data parser, the docs collection and a remark plugin.
 */
import type { SiteData } from '../../schemas/site.ts';

/** A placeholder: «name», on one line, at most 60 characters. */
const TOKEN = /«([^«»\n]{1,60})»/g;

/** The placeholder that, as the whole value of a date field, gives the dispatch date (YYYY-MM-DD). */
export const DISPATCH_DATE_TOKEN = 'ngày công văn';

/** Fields that hold dates (YAML dates, not text), so «ngày công văn» there is written YYYY-MM-DD. */
const DATE_FIELDS: ReadonlySet<string> = new Set(['date', 'adopted', 'effective']);

/** Placeholders every province has, worked out from `site.yaml`'s fields. */
export function siteTokens(site: SiteData): Map<string, string> {
	const { dispatch } = site;
	const day = (n: number) => String(n).padStart(2, '0');
	const date = dispatch.date;
	const tokens = new Map<string, string>([
		['tỉnh', site.provinceName],
		// "Công văn 165": the number before the first slash, as people say it.
		['công văn', `Công văn ${dispatch.reference.split('/')[0]}`],
		['số công văn', dispatch.reference],
		['nơi ban hành công văn', dispatch.issuer],
		[
			DISPATCH_DATE_TOKEN,
			`${day(date.getUTCDate())}/${day(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`,
		],
		['năm công văn', String(date.getUTCFullYear())],
		['trang công văn', `/${dispatch.page.replace(/^\/|\/$/g, '')}/`],
		['đơn vị phát hành', site.issuer.name],
	]);
	for (const [name, text] of Object.entries(site.localText))
		tokens.set(name.normalize('NFC'), text);
	return tokens;
}

/** Replaces every «…» in `text`; names with no value are returned in `unknown` and left as written. */
export function fillText(
	text: string,
	tokens: ReadonlyMap<string, string>
): { text: string; unknown: string[] } {
	const unknown: string[] = [];
	const filled = text.replace(TOKEN, (whole, raw: string) => {
		const value = tokens.get(raw.trim().normalize('NFC'));
		if (value === undefined) unknown.push(raw);
		return value ?? whole;
	});
	return { text: filled, unknown };
}

/** True when the text has a «…» placeholder (a cheap test before walking a tree). */
export function hasToken(text: string): boolean {
	return text.includes('«');
}

/**
 * Fills placeholders in every string of a parsed YAML value (data entries, page frontmatter). A
 * date field (`date:`, `adopted:`…) that is exactly «ngày công văn» gets the date in YAML form, so it
 * still parses as a date.
 * `onUnknown` receives each unknown name with the path it was found at.
 */
export function fillValue(
	value: unknown,
	tokens: ReadonlyMap<string, string>,
	onUnknown: (name: string, path: string[]) => void,
	path: string[] = []
): unknown {
	if (typeof value === 'string') {
		if (!hasToken(value)) return value;
		if (DATE_FIELDS.has(path.at(-1) ?? '') && value.trim() === `«${DISPATCH_DATE_TOKEN}»`) {
			const iso = tokens.get(DISPATCH_DATE_TOKEN)?.split('/').reverse().join('-');
			if (iso) return iso;
		}
		const { text, unknown } = fillText(value, tokens);
		for (const name of unknown) onUnknown(name, path);
		return text;
	}
	if (Array.isArray(value)) {
		return value.map((item, index) => fillValue(item, tokens, onUnknown, [...path, String(index)]));
	}
	if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [
				key,
				fillValue(item, tokens, onUnknown, [...path, key]),
			])
		);
	}
	return value;
}

/** The message an editor reads for a placeholder with no value. */
export function unknownTokenMessage(name: string): string {
	return `«${name}» không có trong site.yaml: dùng một từ có sẵn (tỉnh, công văn, số công văn…) hoặc thêm vào localText.`;
}
