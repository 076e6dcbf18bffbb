/** Training data for the training pages; the checks live in src/schemas/training.ts. */
import { loadContentData } from '../../lib/content-data/load.ts';
import { site } from '../../lib/site.ts';
import { resolveSlides } from './workshop.ts';

/** The training data, checked together with every other data file by the content-data module. */
export function loadTraining() {
	const { modules, questions, scenarios, methods } = loadContentData();
	return { modules, questions, scenarios, methods };
}

/**
 * Page sources for a module: its legal basis, with links only where they are full URLs. A source's
 * date is the date the text bears (`adopted`), else the date it took effect; none when neither is
 * confirmed.
 */
export function moduleSources(module: {
	legalBasis: ReadonlyArray<{
		title: string;
		effective?: Date | undefined;
		adopted?: Date | undefined;
		url?: string | undefined;
	}>;
}) {
	return module.legalBasis.map((basis) => {
		const date = basis.adopted ?? basis.effective;
		return {
			title: basis.title,
			...(date ? { date } : {}),
			...(basis.url?.startsWith('https://') ? { url: basis.url } : {}),
		};
	});
}

/** Static paths of both pages a module's slides get: the audience deck and the presenter notes. */
export async function deckPaths() {
	const { modules, methods } = loadTraining();
	return modules.map((module) => ({
		params: { module: module.id },
		props: { module, slides: resolveSlides(module, methods) },
	}));
}

/** Frontmatter the two deck pages share: no table of contents, kept out of search. */
export function deckFrontmatter(module: Parameters<typeof moduleSources>[0]) {
	return {
		tableOfContents: false,
		pagefind: false,
		reviewed: site.reviewed,
		sources: moduleSources(module),
	} as const;
}
