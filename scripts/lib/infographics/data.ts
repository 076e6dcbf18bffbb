/**
 * Node-only: reads and validates the content data with the project's own schemas (the same checks
 * as the build), and lists the pages of content/docs for their Open Graph images.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { DATA_FILES, formatProblems, validateDataFile } from '../../../src/lib/data-files.ts';
import { contactSchema, type Contact } from '../../../src/schemas/contact.ts';
import { methodSchema, type Method } from '../../../src/schemas/method.ts';
import { siteSchema, type SiteData } from '../../../src/schemas/site.ts';
import { slugFromPath } from '../../../src/lib/infographics/urls.ts';

export interface ContentData {
	site: SiteData;
	methods: Method[];
	contacts: Contact[];
	/** The raw text of each data file, for the cache key. */
	texts: Record<string, string>;
}

/** Reads content/data, failing with every problem listed (same messages as the build). */
export function loadContent(root: string): ContentData {
	const texts: Record<string, string> = {};
	for (const file of DATA_FILES)
		texts[file] = readFileSync(join(root, 'content/data', file), 'utf8');
	const problems = DATA_FILES.flatMap((file) => validateDataFile(file, texts[file]!));
	if (problems.length) {
		throw new Error(`Dữ liệu trong content/data/ không hợp lệ:\n${formatProblems(problems)}`);
	}
	const site = siteSchema.parse(load(texts['site.yaml']!));
	const entries = (text: string) => load(text) as Array<Record<string, unknown>>;
	const strip = ({ id: _id, ...fields }: Record<string, unknown>) => fields;
	const methods = entries(texts['methods.yaml']!)
		.map((raw) => methodSchema.parse(strip(raw)))
		.sort((a, b) => a.number - b.number);
	const contacts = entries(texts['contacts.yaml']!)
		.map((raw) => contactSchema.parse(strip(raw)))
		.sort((a, b) => a.order - b.order);
	return { site, methods, contacts, texts };
}

/** A page of the site, as its Open Graph image needs it. */
export interface PageInfo {
	slug: string;
	title: string;
	description?: string | undefined;
	method?: number | undefined;
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
					file,
				});
			}
		}
	};
	walk(docs);
	return pages.sort((a, b) => a.slug.localeCompare(b.slug));
}
