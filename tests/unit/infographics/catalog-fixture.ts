/** The real catalog of designs (content/data, content/docs) and the font measure, for the template tests. */
import { listPages, loadContent } from '../../../scripts/lib/infographics/data.ts';
import { loadFonts } from '../../../scripts/lib/infographics/fonts.ts';
import { buildCatalog } from '../../../src/lib/infographics/catalog.ts';

const root = new URL('../../../', import.meta.url).pathname;

export const catalog = buildCatalog(
	loadContent(root),
	new Set(listPages(root).map((page) => page.slug))
);
export const { measure } = loadFonts();
