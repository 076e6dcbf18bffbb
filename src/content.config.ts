import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contactFields, withTel } from './schemas/contact.ts';
import { methodSchema } from './schemas/method.ts';
import { pageFields, refineGuidance } from './schemas/page.ts';

// All editor-facing content lives in the top-level `content/` folder (see README), so the
// collections point there with glob/file loaders instead of Starlight's src/content defaults.
export const collections = {
	/** Pages. Starlight's frontmatter plus `reviewed`, `sources`, `method` (src/schemas/page.ts). */
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
		schema: (context) => refineGuidance(docsSchema({ extend: pageFields })(context)),
	}),
	/** Vietnamese UI strings for Starlight and Pagefind. */
	i18n: defineCollection({
		loader: glob({ pattern: '**/[^_]*.json', base: './content/i18n' }),
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
};
