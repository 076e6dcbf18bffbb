/**
 * No-leak check for a site built from another province's locality files: no page, image description,
 * manifest, PDF or search entry of it may name the first province, its units, its dispatch or its
 * local numbers. The terms come from the first province's data (nothing here names a province), so
 * the check holds for any pair. The first province's own dispatch page, when the second keeps it as
 * a reference document, is exempt (pass its URL path in `exemptPages`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Contact } from '../../src/schemas/contact.ts';
import type { SiteData } from '../../src/schemas/site.ts';
import { servedPath } from '../../src/lib/built-pages.ts';

/** The locality data of one province: what may leak from it. */
export interface Locality {
	site: SiteData;
	contacts: ReadonlyArray<Pick<Contact, 'phone' | 'name'>>;
}

/** A word or number that must not appear, and why (shown when it does). */
export interface LeakTerm {
	term: string;
	why: string;
	/** Phone numbers match whatever separators they are written with. */
	kind: 'text' | 'phone';
}

export interface Leak {
	/** File (relative to the output folder), with the entry inside it when there is one. */
	where: string;
	term: string;
	why: string;
	excerpt: string;
}

export interface LeakReport {
	/** How many of each kind of text were read: proves the scan saw the site. */
	scanned: { pages: number; json: number; pdfs: number; searchEntries: number; archives: number };
	leaks: Leak[];
}

/** Lower case, NFC, single spaces: how both terms and texts are compared. */
function normalise(text: string): string {
	return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
}

/** Without marks, đ as d: the form the search aliases and URLs use ("hai phong"). */
export function fold(text: string): string {
	return normalise(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/**
 * Terms of `first` that `second` does not share: province and unit names (also without marks),
 * the dispatch number in the forms people write it, the site's host, local wording and every
 * number of `first` that `second` does not also list (national hotlines are shared, so allowed).
 */
export function leakTerms(first: Locality, second: Locality): LeakTerm[] {
	const a = first.site;
	const b = second.site;
	const number = a.dispatch.reference.split('/')[0] ?? a.dispatch.reference;
	const candidates: LeakTerm[] = [
		{ term: a.provinceName, why: 'tên tỉnh', kind: 'text' },
		{ term: fold(a.provinceName), why: 'tên tỉnh (không dấu)', kind: 'text' },
		{ term: a.issuer.name, why: 'đơn vị phát hành', kind: 'text' },
		...(a.issuer.body ? [{ term: a.issuer.body, why: 'ban chỉ đạo', kind: 'text' as const }] : []),
		{ term: a.dispatch.reference, why: 'số công văn', kind: 'text' },
		{ term: `công văn ${number}`, why: 'số công văn', kind: 'text' },
		{ term: `công văn số ${number}`, why: 'số công văn', kind: 'text' },
		{ term: a.dispatch.issuer, why: 'nơi ban hành công văn', kind: 'text' },
		{ term: new URL(a.siteUrl).host, why: 'địa chỉ trang', kind: 'text' },
		{ term: a.localContact.unit, why: 'đầu mối địa phương', kind: 'text' },
		...Object.values(a.localText).map((text) => ({
			term: text,
			why: 'chữ riêng của tỉnh (localText)',
			kind: 'text' as const,
		})),
	];
	const theirPhones = new Set(second.contacts.map((c) => digits(c.phone)));
	if (b.localContact.phone) theirPhones.add(digits(b.localContact.phone));
	const phones = [...first.contacts.map((c) => c.phone), a.localContact.phone ?? ''];
	for (const phone of phones) {
		if (phone && !theirPhones.has(digits(phone))) {
			candidates.push({ term: phone, why: 'số điện thoại của tỉnh', kind: 'phone' });
		}
	}
	// A term the second province also uses (a shared body, the same site name) is not a leak.
	const ours = normalise(JSON.stringify([b, second.contacts]));
	const seen = new Set<string>();
	return candidates.filter(({ term, kind }) => {
		const key = normalise(term);
		if (key.length < 3 || seen.has(key)) return false;
		seen.add(key);
		return kind === 'phone' || !ours.includes(key);
	});
}

function digits(phone: string): string {
	return phone.replace(/\D/g, '');
}

function termPattern(term: LeakTerm): RegExp {
	if (term.kind === 'phone') return new RegExp(digits(term.term).split('').join('[\\s.\\-]?'));
	const escaped = normalise(term.term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// A number must not be the start of a longer one: "công văn 16" is not "công văn 165".
	return new RegExp(/\d$/.test(escaped) ? `${escaped}(?!\\d)` : escaped);
}

/** Every term found in `text`, with a little context. */
export function findTerms(text: string, terms: readonly LeakTerm[], where: string): Leak[] {
	const plain = normalise(text);
	const leaks: Leak[] = [];
	for (const term of terms) {
		const match = termPattern(term).exec(plain);
		if (!match) continue;
		const start = Math.max(0, match.index - 40);
		const excerpt = plain.slice(start, match.index + match[0].length + 40).trim();
		leaks.push({ where, term: term.term, why: term.why, excerpt });
	}
	return leaks;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
};

/** What a reader or a screen reader gets from an HTML page: text, descriptions, titles, meta. */
export function htmlText(html: string): string {
	const body = html
		.replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
		.replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ');
	const attributes = [
		...body.matchAll(/\s(?:alt|title|aria-label|aria-description|content|placeholder)="([^"]*)"/gi),
	].map((m) => m[1] ?? '');
	return [body.replace(/<[^>]*>/g, ' '), ...attributes]
		.join(' \n ')
		.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
			if (name.startsWith('#x') || name.startsWith('#X')) {
				return String.fromCodePoint(parseInt(name.slice(2), 16));
			}
			if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
			return ENTITIES[name.toLowerCase()] ?? whole;
		});
}

/** A page named by slug or path ("van-ban/x", "/van-ban/x/"), for comparing the two forms. */
function pageKey(path: string): string {
	return path.replace(/^\/|\/$/g, '');
}

/**
 * Every string in a JSON value, one per line (keys too: a manifest may key entries by title). An
 * entry about an exempt page (its `slug`, `page`, `path` or `url` names it) is left out.
 */
function jsonStrings(value: unknown, exempt: ReadonlySet<string> = new Set()): string {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map((item) => jsonStrings(item, exempt)).join('\n');
	if (value && typeof value === 'object') {
		const entry = value as Record<string, unknown>;
		for (const key of ['slug', 'page', 'path', 'url']) {
			const named = entry[key];
			if (typeof named === 'string' && exempt.has(pageKey(named))) return '';
		}
		return Object.entries(entry)
			.map(([key, item]) => `${key}\n${jsonStrings(item, exempt)}`)
			.join('\n');
	}
	return '';
}

/** Text of every page plus the document's title, subject, author and keywords. */
export async function pdfText(data: Uint8Array): Promise<string> {
	const doc = await getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
	const parts: string[] = [];
	const info = (await doc.getMetadata()).info as Record<string, unknown> | undefined;
	for (const key of ['Title', 'Subject', 'Author', 'Keywords', 'Creator', 'Producer']) {
		if (typeof info?.[key] === 'string') parts.push(info[key]);
	}
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	await doc.destroy();
	return parts.join('\n');
}

function allFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? allFiles(path) : [path];
	});
}

/** The URL path a built HTML file is served at ("van-ban/x/index.html" → "/van-ban/x/"). */
function pagePath(file: string, distDir: string, base: string): string {
	return `${base}${servedPath(file, distDir)}`.replace(/\/+/g, '/');
}

/**
 * Reads a built site: HTML pages, JSON (infographic and kit manifests), SVG, PDFs, ZIP archives
 * (PDFs, JSON and text inside) and Pagefind's search entries. Images are checked through their
 * descriptions (HTML alt text and manifests), as their pixels carry no text to search.
 */
export async function scanDist(
	distDir: string,
	terms: readonly LeakTerm[],
	options: { base?: string; exemptPages?: readonly string[] } = {}
): Promise<LeakReport> {
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	const exemptSlugs = new Set((options.exemptPages ?? []).map(pageKey));
	const exempt = new Set([...exemptSlugs].map((slug) => `${base}${slug}/`));
	const scanned = { pages: 0, json: 0, pdfs: 0, searchEntries: 0, archives: 0 };
	const leaks: Leak[] = [];

	const scanBytes = async (name: string, bytes: Uint8Array, where: string): Promise<void> => {
		const ext = extname(name).toLowerCase();
		if (ext === '.pdf') {
			scanned.pdfs++;
			leaks.push(...findTerms(await pdfText(bytes), terms, where));
		} else if (ext === '.json') {
			scanned.json++;
			const text = Buffer.from(bytes).toString('utf8');
			leaks.push(...findTerms(jsonStrings(JSON.parse(text), exemptSlugs), terms, where));
		} else if (ext === '.svg' || ext === '.txt' || ext === '.md' || ext === '.csv') {
			leaks.push(...findTerms(htmlText(Buffer.from(bytes).toString('utf8')), terms, where));
		} else if (ext === '.html') {
			leaks.push(...findTerms(htmlText(Buffer.from(bytes).toString('utf8')), terms, where));
		} else if (ext === '.zip') {
			scanned.archives++;
			for (const [inner, content] of Object.entries(unzipSync(bytes))) {
				await scanBytes(inner, content, `${where} › ${inner}`);
			}
		}
	};

	for (const file of allFiles(distDir)) {
		const where = relative(distDir, file);
		if (file.endsWith('.pf_fragment')) {
			// Pagefind's entries: gzip, a "pagefind_dcd" signature, then JSON with url, content, meta.
			const raw = gunzipSync(readFileSync(file)).toString('utf8');
			const entry = JSON.parse(raw.slice(raw.indexOf('{'))) as { url?: string };
			scanned.searchEntries++;
			// Records of one section carry its anchor: the page is what counts.
			if (entry.url && exempt.has(entry.url.split('#')[0] ?? '')) continue;
			leaks.push(...findTerms(jsonStrings(entry), terms, `${where} (${entry.url ?? '?'})`));
		} else if (file.endsWith('.html')) {
			if (exempt.has(pagePath(file, distDir, base))) continue;
			scanned.pages++;
			leaks.push(...findTerms(htmlText(readFileSync(file, 'utf8')), terms, where));
		} else if (!where.startsWith('pagefind/') && !where.startsWith('_astro/')) {
			await scanBytes(file, new Uint8Array(readFileSync(file)), where);
		}
	}
	return { scanned, leaks };
}
