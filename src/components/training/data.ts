/**
 * Loads the three training collections once per build and checks them together; a broken
 * reference (a module naming a missing question, too few questions, …) fails the build with
 * every problem listed. Thin on purpose: the checks live in src/schemas/training.ts.
 */
import { getCollection } from 'astro:content';
import { load } from 'js-yaml';
import questionsYaml from '../../../content/data/questions.yaml?raw';
import scenariosYaml from '../../../content/data/scenarios.yaml?raw';
import { checkTrainingData } from '../../schemas/training.ts';
import { site } from '../../lib/site.ts';
import { resolveSlides, sortModules } from './workshop.ts';

/**
 * Collections come back sorted by id, but the quiz and the scenarios are numbered in the order
 * editors wrote them, so entries are put back in file order.
 */
function fileOrder<T extends { id: string }>(entries: T[], yamlText: string): T[] {
	const raw = load(yamlText);
	const ids = Array.isArray(raw) ? raw.map((entry) => (entry as { id?: unknown }).id) : [];
	const position = (id: string) => {
		const index = ids.indexOf(id);
		return index === -1 ? Number.MAX_SAFE_INTEGER : index;
	};
	return [...entries].sort((a, b) => position(a.id) - position(b.id));
}

export async function loadTraining() {
	const [moduleEntries, questionEntries, scenarioEntries, methodEntries] = await Promise.all([
		getCollection('trainingModules'),
		getCollection('questions'),
		getCollection('scenarios'),
		getCollection('methods'),
	]);
	const modules = sortModules(moduleEntries.map((entry) => entry.data));
	const questions = fileOrder(
		questionEntries.map((entry) => entry.data),
		questionsYaml
	);
	const scenarios = fileOrder(
		scenarioEntries.map((entry) => entry.data),
		scenariosYaml
	);
	const methods = methodEntries.map((entry) => entry.data).sort((a, b) => a.number - b.number);
	const problems = checkTrainingData({ modules, questions, scenarios });
	if (problems.length) {
		throw new Error(`Dữ liệu tập huấn không hợp lệ:\n${problems.join('\n')}`);
	}
	return { modules, questions, scenarios, methods };
}

/** Page sources for a module: its legal basis, with links only where they are full URLs. */
export function moduleSources(module: {
	legalBasis: ReadonlyArray<{ title: string; effective: Date; url?: string | undefined }>;
}) {
	return module.legalBasis.map((basis) => ({
		title: basis.title,
		date: basis.effective,
		...(basis.url?.startsWith('https://') ? { url: basis.url } : {}),
	}));
}

/** Static paths of both pages a module's slides get: the audience deck and the presenter notes. */
export async function deckPaths() {
	const { modules, methods } = await loadTraining();
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
