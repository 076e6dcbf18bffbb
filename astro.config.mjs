// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { loadContentData, publicDir } from './src/lib/content-data/load.ts';
import { buildSidebar } from './src/lib/sidebar.ts';
import { remarkMethodSections } from './src/lib/markdown/remark-method-sections.ts';
import { remarkSiteText } from './src/lib/markdown/remark-site-text.ts';
import { siteTokens } from './src/lib/content-data/site-text.ts';
import { rehypeBaseLinks } from './src/lib/markdown/rehype-base-links.ts';
import { rehypeTableLabels } from './src/lib/markdown/rehype-table-labels.ts';
import { rehypeFaqDetails } from './src/lib/markdown/rehype-faq-details.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { astroCsp, cspInlineHashes } from './deploy/csp.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

// Fails before anything renders, listing every bad field in every data file at once.
const { site: siteData, methods, searchSynonyms } = loadContentData();

// Sub-path hosting: BASE_PATH=/7cach/ npm run build. The site URL keeps only its origin here.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: new URL(siteData.siteUrl).origin,
	base,
	trailingSlash: 'ignore',
	srcDir: './src',
	// PUBLIC_DIR: another province's generated images and kit, kept apart from public/ (npm test).
	publicDir: publicDir(),
	markdown: {
		// unified (remark/rehype) rather than Sätteri: our two small plugins are unified plugins.
		processor: unified({
			remarkPlugins: [[remarkSiteText, { tokens: siteTokens(siteData) }], remarkMethodSections],
			rehypePlugins: [[rehypeBaseLinks, { base }], rehypeTableLabels, rehypeFaqDetails],
		}),
	},
	integrations: [
		starlight({
			title: siteData.siteName,
			description: `Hướng dẫn 7 cách dùng thông tin công dân thay cho sổ hộ khẩu, sổ tạm trú (${siteData.provinceName}).`,
			defaultLocale: 'root',
			locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
			sidebar: buildSidebar(methods, siteData),
			customCss: ['./src/styles/site.css', './src/styles/training-print.css'],
			components: {
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Head: './src/components/starlight/Head.astro',
				SiteTitle: './src/components/starlight/SiteTitle.astro',
				Footer: './src/components/starlight/Footer.astro',
				Search: './src/components/search/Search.astro',
			},
			// Only our own pages: no third-party scripts or fonts (see README, "Quyền riêng tư").
			lastUpdated: false,
			routeMiddleware: './src/route-data.ts',
			pagination: true,
			// Our own index (searchIndex below: synonyms, folded "đ", answers as records) and UI.
			pagefind: false,
			tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 2 },
		}),
		// Our search index, in place of Starlight's: synonyms, folded "đ", answers as records.
		searchIndex({ synonyms: searchSynonyms, lowWeightPaths: ['/tap-huan/'] }),
		// Last, once every page is written: completes each page's CSP with the hashes Astro does not compute.
		cspInlineHashes(),
		// After the CSP step: the precache's revisions are hashes of the final pages (sw.js, the web
		// app manifest and its icons; see README, "Dùng khi không có mạng").
		serviceWorker({
			siteName: siteData.siteName,
			description: `Hướng dẫn 7 cách thay sổ hộ khẩu, dùng được cả khi không có mạng (${siteData.provinceName}).`,
			mark: `${publicDir()}/favicon.svg`,
		}),
	],
	vite: {
		build: { assetsInlineLimit: 0 },
	},
	// Content Security Policy in every page (deploy/csp.ts); the header part is in deploy/nginx/.
	security: { csp: astroCsp },
});
