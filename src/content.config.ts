import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { readdir, readFile } from 'node:fs/promises';
import { file, glob, type Loader } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contactFields, withTel } from './schemas/contact.ts';
import { methodSchema } from './schemas/method.ts';
import { pageFields, refineGuidance } from './schemas/page.ts';
import {
	questionFields,
	refineQuestion,
	scenarioFields,
	trainingModuleFields,
} from './schemas/training.ts';

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

export const collections = {
	/** Pages. Starlight's frontmatter plus `reviewed`, `sources`, `method` (src/schemas/page.ts). */
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
		schema: (context) => refineGuidance(docsSchema({ extend: pageFields })(context)),
	}),
	/** Vietnamese UI strings for Starlight and Pagefind. */
	i18n: defineCollection({
		loader: i18nLoader('./content/i18n'),
		schema: i18nSchema(),
	}),
	/** The seven methods (content/data/methods.yaml). */
	methods: defineCollection({
		loader: file('./content/data/methods.yaml'),
		schema: methodSchema.extend({ id: z.string() }),
	}),
	/** Hotlines and contact points (content/data/contacts.yaml). */
	contacts: defineCollection({
		loader: file('./content/data/contacts.yaml'),
		schema: contactFields.extend({ id: z.string() }).transform(withTel),
	}),
	/** Workshop modules with their slides (content/data/training-modules.yaml). */
	trainingModules: defineCollection({
		loader: file('./content/data/training-modules.yaml'),
		schema: trainingModuleFields.extend({ id: z.string() }),
	}),
	/** Training quiz bank (content/data/questions.yaml). */
	questions: defineCollection({
		loader: file('./content/data/questions.yaml'),
		schema: questionFields.extend({ id: z.string() }).superRefine(refineQuestion),
	}),
	/** Role-play scenarios for officers (content/data/scenarios.yaml). */
	scenarios: defineCollection({
		loader: file('./content/data/scenarios.yaml'),
		schema: scenarioFields.extend({ id: z.string() }),
	}),
};
