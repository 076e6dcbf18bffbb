/**
 * Node-only: the content data (read and checked by the content-data module, as the build does),
 * and the pages of content/docs for their Open Graph images.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import {
	dataFilePaths,
	loadContentData,
	readDataTexts,
} from '../../../src/lib/content-data/load.ts';
import type { ContentData as AllContentData } from '../../../src/lib/content-data/index.ts';
import { slugFromPath } from '../../../src/lib/infographics/urls.ts';

export type ContentData = AllContentData & {
	/** The raw text of each data file, for the cache key. */
	texts: Record<string, string>;
};

/** Reads content/data, failing with every problem listed (same messages as the build). */
export function loadContent(root: string): ContentData {
	const paths = dataFilePaths(root);
	return { ...loadContentData(paths), texts: readDataTexts(paths) };
}

/** A page of the site, as its Open Graph image needs it. */
export interface PageInfo {
	slug: string;
	title: string;
	description?: string | undefined;
	method?: number | undefined;
	/** The page's `reviewed` date, when it has one. */
	reviewed?: Date | undefined;
	/** content/docs-relative path, for messages. */
	file: string;
}

/** Front matter of an MD/MDX file (the YAML between the first two `---` lines). */
export function readFrontmatter(text: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	if (!match) return {};
	const data = load(match[1]!);
	return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** Every page under content/docs (files starting with "_" are skipped, as the loader does). */
export function listPages(root: string): PageInfo[] {
	const docs = join(root, 'content/docs');
	const pages: PageInfo[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/^[^_].*\.mdx?$/.test(entry.name)) {
				const file = relative(docs, full).replace(/\\/g, '/');
				const data = readFrontmatter(readFileSync(full, 'utf8'));
				if (typeof data['title'] !== 'string') {
					throw new Error(`content/docs/${file}: thiếu \`title\` trong frontmatter.`);
				}
				pages.push({
					slug: typeof data['slug'] === 'string' ? data['slug'] : slugFromPath(file),
					title: data['title'],
					description: typeof data['description'] === 'string' ? data['description'] : undefined,
					method: typeof data['method'] === 'number' ? data['method'] : undefined,
					reviewed: data['reviewed'] instanceof Date ? data['reviewed'] : undefined,
					file,
				});
			}
		}
	};
	walk(docs);
	return pages.sort((a, b) => a.slug.localeCompare(b.slug));
}
