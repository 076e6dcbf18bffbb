/**
 * Grading of the self-check quiz: right or wrong, the tally and the sentences shown. Imported by
 * quiz.client.ts, so it must stay free of runtime imports from the schemas: anything it imports
 * ships to the browser (the answer text comes from the server markup instead).
 */

/** Whether a chosen letter is the right one. */
export function isCorrect(answer: string, choice: string | null | undefined): boolean {
	return choice !== null && choice !== undefined && choice === answer;
}

/** The tally of a quiz in progress. */
export interface Score {
	correct: number;
	answered: number;
	total: number;
}

/** Counts right answers among the checked ones. `results` maps question id → right or wrong. */
export function tally(results: ReadonlyMap<string, boolean>, total: number): Score {
	let correct = 0;
	for (const right of results.values()) if (right) correct++;
	return { correct, answered: results.size, total };
}

/** The score as a sentence: "Bạn trả lời đúng 7/10 câu." plus what is left, if anything. */
export function scoreText(score: Score): string {
	if (score.answered === 0) return `Bạn chưa trả lời câu nào. Có ${score.total} câu hỏi.`;
	const main = `Bạn trả lời đúng ${score.correct}/${score.answered} câu.`;
	const left = score.total - score.answered;
	return left > 0
		? `${main} Còn ${left} câu chưa làm.`
		: `${main} Bạn đã làm hết ${score.total} câu.`;
}

/** The first words of the feedback: the verdict, in words so it never relies on colour. */
export function verdictText(correct: boolean, answer: string, answerText: string): string {
	return correct ? 'Đúng.' : `Chưa đúng. Đáp án đúng là ${answer}: ${answerText}.`;
}
