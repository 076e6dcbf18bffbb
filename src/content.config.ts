import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { readdir, readFile } from 'node:fs/promises';
import { glob, type Loader } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFields, refineGuidance } from './schemas/page.ts';
import { loadContentData } from './lib/content-data/load.ts';
import type { ContentData } from './lib/content-data/index.ts';
import { fillValue, siteTokens, unknownTokenMessage } from './lib/content-data/site-text.ts';

// All editor-facing content lives in the top-level `content/` folder (see README), so the
// collections point there with glob/file loaders instead of Starlight's src/content defaults.
/**
 * Starlight keys UI strings by each entry's file path relative to `src/content/i18n`; entries from
 * another folder would get a wrong language key. This loader stores them by language id with no
 * file path, which Starlight then uses as the key (`vi.json` → `vi`).
 */
function i18nLoader(directory: string): Loader {
	return {
		name: 'top-level-i18n-loader',
		load: async ({ store, parseData }) => {
			store.clear();
			const folder = new URL(`../${directory}/`, import.meta.url);
			for (const name of await readdir(folder)) {
				if (!name.endsWith('.json') || name.startsWith('_')) continue;
				const id = name.replace(/\.json$/, '');
				const raw = JSON.parse(await readFile(new URL(name, folder), 'utf8')) as Record<
					string,
					unknown
				>;
				store.set({ id, data: await parseData({ id, data: raw }) });
			}
		},
	};
}

type ListKey = 'methods' | 'contacts' | 'claims' | 'modules' | 'questions' | 'scenarios';

/**
 * A collection over one data file, filled from the content-data module (the one path that parses
 * and checks every file), so entries arrive validated, typed and in the site's order.
 */
function dataCollection<K extends ListKey>(key: K) {
	type Entry = ContentData[K][number];
	const loader: Loader = {
		name: `content-data-${key}`,
		load: async ({ store }) => {
			store.clear();
			for (const entry of loadContentData()[key]) {
				store.set({ id: entry.id, data: entry as unknown as Record<string, unknown> });
			}
		},
	};
	return defineCollection({ loader, schema: z.custom<Entry>() });
}

function fillFrontmatter(data: unknown, ctx: z.RefinementCtx): unknown {
	return fillValue(data, siteTokens(loadContentData().site), (name, path) => {
		ctx.addIssue({ code: 'custom', path, message: unknownTokenMessage(name) });
	});
}

export const collections = {
	/** Pages. Starlight's frontmatter plus `reviewed`, `sources`, `method` (src/schemas/page.ts). */
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
		// «placeholders» in frontmatter (title, description, sources) take the province's words first.
		schema: (context) =>
			z.preprocess(fillFrontmatter, refineGuidance(docsSchema({ extend: pageFields })(context))),
	}),
	/** Vietnamese UI strings for Starlight and Pagefind. */
	i18n: defineCollection({
		loader: i18nLoader('./content/i18n'),
		schema: i18nSchema(),
	}),
	/** The seven methods (content/data/methods.yaml). */
	methods: dataCollection('methods'),
	/** Hotlines and contact points (content/data/contacts.yaml). */
	contacts: dataCollection('contacts'),
	/** Facts with their status and sources (content/data/claims.yaml). */
	claims: dataCollection('claims'),
	/** Workshop modules with their slides (content/data/training-modules.yaml). */
	trainingModules: dataCollection('modules'),
	/** Training quiz bank (content/data/questions.yaml). */
	questions: dataCollection('questions'),
	/** Role-play scenarios for officers (content/data/scenarios.yaml). */
	scenarios: dataCollection('scenarios'),
};
