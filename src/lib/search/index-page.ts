/**
 * Prepares a built page for the search index (the page served to readers is not changed):
 * - synonyms: each paragraph, list item, cell or heading that uses one term of a synonym group
 *   (content/data/search-synonyms.yaml) gets the group's other terms appended, so "thẻ chip" finds a
 *   page that says "thẻ căn cước", offline and with no code in the browser;
 * - "đ": the same blocks get their words with "đ" folded to "d" ("đổi" → "doi"), because Pagefind
 *   folds accents but not that letter and people type "d";
 * - answers: each FAQ question and each "what if…" case becomes a record of its own, with its own
 *   anchor, so a question lands on the entry that answers it.
 * Works on hast trees; DOM-free.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { foldVietnamese, words } from './fold.ts';

export interface SynonymGroup {
	id: string;
	/** Terms a searcher may use for the same thing, e.g. "thẻ căn cước", "CCCD", "thẻ chip". */
	terms: readonly string[];
}

/** One question and its answer, indexed as a record of its own. */
export interface AnswerEntry {
	/** The heading's id: the record's URL is the page's URL + "#" + anchor. */
	anchor: string;
	question: string;
	/** The title of the section it sits in, e.g. "Dành cho cán bộ" (may be empty). */
	section: string;
	/** The answer's first sentence, shown under the question in the results. */
	summary: string;
	/** The answer's content (copied from the page). */
	content: ElementContent[];
}

/** Sections whose `###` headings are "what if…" cases worth their own search result. */
export const ANSWER_SECTIONS: ReadonlySet<string> = new Set(['Vướng mắc thường gặp']);

const BLOCKS = new Set([
	'p',
	'li',
	'td',
	'th',
	'dt',
	'dd',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'figcaption',
	'caption',
]);
/** Marks text the index adds, so the summary and later passes can leave it out. */
const ADDED = 'data-search-added';

const isElement = (node: RootContent | ElementContent | Root): node is Element =>
	node.type === 'element';
const isBlock = (node: RootContent | ElementContent): node is Element =>
	isElement(node) && BLOCKS.has(node.tagName);

function hasBlockInside(node: Element): boolean {
	return node.children.some(
		(child) => isBlock(child) || (isElement(child) && hasBlockInside(child))
	);
}

function leafBlocks(root: Root | Element): Element[] {
	const out: Element[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (!isElement(child) || child.properties?.[ADDED] !== undefined) continue;
			if (BLOCKS.has(child.tagName) && !hasBlockInside(child)) out.push(child);
			else walk(child);
		}
	};
	walk(root);
	return out;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for whole terms in lower-case NFC text (letters and digits around do not match). */
export function termMatcher(term: string): RegExp {
	const body = words(term).map(escapeRegExp).join('[^\\p{L}\\p{N}]+');
	return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
}

/** Compiled once per build: each group with a matcher per term. */
export function compileSynonyms(groups: readonly SynonymGroup[]) {
	return groups.map((group) => ({
		terms: group.terms,
		matchers: group.terms.map(termMatcher),
	}));
}
export type CompiledSynonyms = ReturnType<typeof compileSynonyms>;

/** What the index adds to a block of text: the other terms of each group it uses, and "đ" folded. */
export function searchAdditions(text: string, synonyms: CompiledSynonyms): string {
	const lower = text.normalize('NFC').toLowerCase();
	const added: string[] = [];
	for (const group of synonyms) {
		if (!group.matchers.some((matcher) => matcher.test(lower))) continue;
		group.terms.forEach((term, index) => {
			if (!group.matchers[index]!.test(lower)) added.push(term);
		});
	}
	const withD = [...lower.matchAll(/[\p{L}\p{N}]*đ[\p{L}\p{N}]*/gu)].map((match) => match[0]);
	const folded = [...added.filter((term) => /[đĐ]/.test(term)), ...withD].map(foldVietnamese);
	return [...new Set([...added, ...folded])].join(' ');
}

/** Appends the search additions to every leaf block under `root`. */
export function addSearchText(root: Root | Element, synonyms: CompiledSynonyms): void {
	for (const block of leafBlocks(root)) {
		const additions = searchAdditions(toText(block), synonyms);
		if (!additions) continue;
		block.children.push({
			type: 'element',
			tagName: 'span',
			properties: { [ADDED]: '' },
			children: [{ type: 'text', value: ` ${additions}` }],
		});
	}
}

/** The first sentence of an answer (up to ~180 characters), for the result list. */
export function firstSentence(text: string, max = 180): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	const end = clean.search(/[.!?](\s|$)/);
	const sentence = end >= 0 ? clean.slice(0, end + 1) : clean;
	return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}

function answerFrom(
	heading: Element,
	content: ElementContent[],
	section: string
): AnswerEntry | undefined {
	const anchor = heading.properties?.['id'];
	if (typeof anchor !== 'string' || !anchor) return undefined;
	const summary = firstSentence(
		content
			.map((node) => (isElement(node) ? toText(node) : node.type === 'text' ? node.value : ''))
			.join(' ')
	);
	return {
		anchor,
		question: toText(heading).trim(),
		section,
		summary,
		content: structuredClone(content),
	};
}

/**
 * The page's answer entries: FAQ items (`details.faq-item`, see rehype-faq-details.ts), and
 * `###` cases under a "Vướng mắc thường gặp" section or phrased as a question. Each keeps the
 * title of its section (e.g. "Dành cho cán bộ"): it says who or what the answer is about.
 */
export function extractAnswers(tree: Root): AnswerEntry[] {
	const body = select('[data-pagefind-body] .sl-markdown-content', tree);
	if (!body) return [];
	const entries: AnswerEntry[] = [];
	let section = '';
	const children = body.children;
	for (let i = 0; i < children.length; i++) {
		const node = children[i]!;
		if (!isElement(node)) continue;
		if (node.tagName === 'h2') section = toText(node).trim();
		if (node.tagName === 'details' && hasClass(node, 'faq-item')) {
			const heading = select('summary h3', node);
			const answer = select('.faq-answer', node);
			const entry = heading && answer && answerFrom(heading, answer.children, section);
			if (entry) entries.push(entry);
			continue;
		}
		if (node.tagName !== 'h3') continue;
		const question = toText(node).trim();
		if (!ANSWER_SECTIONS.has(section) && !question.endsWith('?')) continue;
		const content: ElementContent[] = [];
		while (i + 1 < children.length) {
			const next = children[i + 1]!;
			if (isElement(next) && /^h[1-3]$/.test(next.tagName)) break;
			content.push(next as ElementContent);
			i++;
		}
		const entry = answerFrom(node, content, section);
		if (entry) entries.push(entry);
	}
	return entries;
}

function hasClass(node: Element, name: string): boolean {
	const value = node.properties?.['className'];
	return Array.isArray(value) && value.includes(name);
}

/**
 * Takes FAQ items out of the page's own record: each is a record of its own, and a page that
 * holds twenty questions and answers would otherwise outrank every one of them.
 */
export function removeFaqItems(tree: Root): void {
	for (const item of selectAll('details.faq-item', tree)) {
		item.children = [];
	}
}
