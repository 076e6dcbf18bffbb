/**
 * Loads the three training collections once per build and checks them together; a broken
 * reference (a module naming a missing question, too few questions, …) fails the build with
 * every problem listed. Thin on purpose: the checks live in src/schemas/training.ts.
 */
import { getCollection } from 'astro:content';
import { checkTrainingData } from '../../schemas/training.ts';
import { sortModules } from './workshop.ts';

export async function loadTraining() {
	const [moduleEntries, questionEntries, scenarioEntries, methodEntries] = await Promise.all([
		getCollection('trainingModules'),
		getCollection('questions'),
		getCollection('scenarios'),
		getCollection('methods'),
	]);
	const modules = sortModules(moduleEntries.map((entry) => entry.data));
	const questions = questionEntries.map((entry) => entry.data);
	const scenarios = scenarioEntries.map((entry) => entry.data);
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
