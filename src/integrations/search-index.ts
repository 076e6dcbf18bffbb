/**
 * Builds the Pagefind index after `astro build` (in place of Starlight's own run, switched off in
 * astro.config.mjs): every built page, with synonyms and folded "đ" added for the index only, plus
 * one record per FAQ answer and per "what if…" case (see src/lib/search/index-page.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import * as pagefind from 'pagefind';
import { htmlFiles, servedPath } from '../lib/built-pages.ts';
import {
	addSearchText,
	compileSynonyms,
	extractAnswers,
	removeFaqItems,
	type AnswerEntry,
	type CompiledSynonyms,
	type SynonymGroup,
} from '../lib/search/index-page.ts';

const element = (tagName: string, properties: Element['properties'], text?: string): Element => ({
	type: 'element',
	tagName,
	properties,
	children: text === undefined ? [] : [{ type: 'text', value: text }],
});
const meta = (name: string, content: string) =>
	element('meta', { dataPagefindMeta: `${name}[content]`, content });

/** The record of one answer: its question as the title, the page it belongs to as metadata. */
function answerHtml(entry: AnswerEntry, pageTitle: string, synonyms: CompiledSynonyms): string {
	const main = element('main', { dataPagefindBody: '' });
	main.children = [
		element('h1', {}, entry.question),
		...entry.content,
		...(entry.section ? [element('p', {}, entry.section)] : []),
		// Explicit title and summary: the index text carries added synonyms that readers must not see.
		meta('title', entry.question),
		meta('summary', entry.summary),
		meta('page', pageTitle),
	];
	addSearchText(main, synonyms);
	return `<!doctype html><html lang="vi"><body>${toHtml(main)}</body></html>`;
}

export interface SearchIndexOptions {
	synonyms: readonly SynonymGroup[];
	/** Path prefixes of pages that rank below the rest (e.g. the trainers' section). */
	lowWeightPaths: readonly string[];
}

/** Pagefind weight of low-weight pages' content (1 is the default). */
const LOW_WEIGHT = 0.5;

export async function buildSearchIndex(
	distDir: string,
	options: SearchIndexOptions,
	logger?: AstroIntegrationLogger
): Promise<{ pages: number; answers: number }> {
	const synonyms = compileSynonyms(options.synonyms);
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	let pages = 0;
	let answers = 0;
	const check = (response: { errors: string[] }, what: string) => {
		if (response.errors.length)
			throw new Error(`Pagefind (${what}): ${response.errors.join('; ')}`);
	};
	try {
		const pagefindDir = join(distDir, 'pagefind');
		for (const file of htmlFiles(distDir).filter((path) => !path.startsWith(pagefindDir))) {
			const tree: Root = fromHtml(readFileSync(file, 'utf8'));
			const main = select('[data-pagefind-body]', tree);
			if (!main) continue;
			const title = select('h1', main);
			const pageTitle = title ? toText(title).trim() : '';
			const description = select('meta[name="description"]', tree)?.properties?.['content'];
			const entries = extractAnswers(tree);
			removeFaqItems(tree);
			const url = servedPath(file, distDir);
			// Pages for trainers hold quiz questions on every topic: they rank below public guidance.
			if (options.lowWeightPaths.some((path) => url.startsWith(path))) {
				main.properties = { ...main.properties, dataPagefindWeight: String(LOW_WEIGHT) };
			}
			main.children.push(meta('title', pageTitle));
			if (typeof description === 'string') main.children.push(meta('summary', description));
			addSearchText(main, synonyms);
			check(await index.addHTMLFile({ url, content: toHtml(tree) }), url);
			pages++;
			for (const entry of entries) {
				const entryUrl = `${url}#${entry.anchor}`;
				const content = answerHtml(entry, pageTitle, synonyms);
				check(await index.addHTMLFile({ url: entryUrl, content }), entryUrl);
				answers++;
			}
		}
		check(await index.writeFiles({ outputPath: join(distDir, 'pagefind') }), 'writeFiles');
	} finally {
		await pagefind.close();
	}
	logger?.info(`Search index: ${pages} pages, ${answers} answers as their own records.`);
	return { pages, answers };
}

/** The Astro integration: runs after the build has written every page. */
export function searchIndex(options: SearchIndexOptions): AstroIntegration {
	return {
		name: 'site-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await buildSearchIndex(fileURLToPath(dir), options, logger);
			},
		},
	};
}
