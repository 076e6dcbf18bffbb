/**
 * Build-time data of the class quiz pages: the bank in page order with the texts the results screen
 * needs, and one question set per training module. Serialised into `data-*` attributes, so the
 * browser never imports the schemas.
 */
import { moduleSetId, setVersion, type QuizSet } from '../../../lib/class-quiz/code.ts';
import type { StatsQuestion } from '../../../lib/class-quiz/stats.ts';
import { loadTraining } from '../data.ts';
import { orderQuestions } from '../quiz.ts';

export interface Catalogue {
	/** Every question of the bank, in the quiz page's order. */
	bank: StatsQuestion[];
	/** One set per module, in module order. */
	modules: QuizSet[];
}

export function loadCatalogue(): Catalogue {
	const { questions, modules } = loadTraining();
	const bank = orderQuestions(questions).map((q) => ({
		id: q.id,
		question: q.question,
		options: [...q.options],
		answer: q.answer,
		explanation: q.explanation,
	}));
	const sets = modules
		.filter((m) => m.questions.length > 0)
		.map((m) => {
			const wanted = new Set(m.questions);
			const chosen = bank.filter((q) => wanted.has(q.id));
			return {
				id: moduleSetId(m.number),
				version: setVersion(chosen),
				title: `Học phần ${m.number}: ${m.title}`,
				questionIds: chosen.map((q) => q.id),
			};
		});
	return { bank, modules: sets };
}
