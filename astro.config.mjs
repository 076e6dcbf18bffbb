// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { load } from 'js-yaml';
import { unified } from '@astrojs/markdown-remark';
import { DATA_FILES, formatProblems, validateDataFile } from './src/lib/data-files.ts';
import { buildSidebar } from './src/lib/sidebar.ts';
import { siteSchema } from './src/schemas/site.ts';
import { remarkMethodSections } from './src/lib/markdown/remark-method-sections.ts';
import { rehypeBaseLinks } from './src/lib/markdown/rehype-base-links.ts';

const readData = (/** @type {string} */ name) =>
	readFileSync(new URL(`./content/data/${name}`, import.meta.url), 'utf8');

// Fail before anything renders, listing every bad field in every data file at once.
const problems = DATA_FILES.flatMap((file) => validateDataFile(file, readData(file)));
if (problems.length) {
	throw new Error(`Dữ liệu trong content/data/ không hợp lệ:\n${formatProblems(problems)}`);
}
const siteData = siteSchema.parse(load(readData('site.yaml')));
const methods = /** @type {import('./src/schemas/method.ts').Method[]} */ (
	load(readData('methods.yaml'))
);

// Sub-path hosting: BASE_PATH=/7cach/ npm run build. The site URL keeps only its origin here.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: new URL(siteData.siteUrl).origin,
	base,
	trailingSlash: 'ignore',
	srcDir: './src',
	publicDir: './public',
	markdown: {
		// unified (remark/rehype) rather than Sätteri: our two small plugins are unified plugins.
		processor: unified({
			remarkPlugins: [remarkMethodSections],
			rehypePlugins: [[rehypeBaseLinks, { base }]],
		}),
	},
	integrations: [
		starlight({
			title: siteData.siteName,
			description: `Hướng dẫn 7 cách dùng thông tin công dân thay cho sổ hộ khẩu, sổ tạm trú (${siteData.provinceName}).`,
			defaultLocale: 'root',
			locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
			sidebar: buildSidebar(methods),
			customCss: ['./src/styles/site.css', './src/styles/training-print.css'],
			components: {
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Head: './src/components/starlight/Head.astro',
			},
			// Only our own pages: no third-party scripts or fonts (see README, "Quyền riêng tư").
			lastUpdated: false,
			pagination: true,
			tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 2 },
		}),
	],
	vite: {
		build: { assetsInlineLimit: 0 },
	},
});
