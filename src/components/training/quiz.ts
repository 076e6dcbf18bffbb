/**
 * Pure logic of the self-check quiz (<quiz-form>), the answer sheet and the answer key: question
 * order and numbering, grading, the score sentence. DOM-free so Vitest can test it;
 * quiz.client.ts wires it to the page.
 */
import {
	OPTION_LETTERS,
	QUESTION_TOPICS,
	type OptionLetter,
	type Question,
	type QuestionTopic,
	type WithId,
} from '../../schemas/training.ts';

/** Questions in page order (by topic, then file order), so every printout numbers them alike. */
export function orderQuestions<T extends { topic: QuestionTopic }>(questions: readonly T[]): T[] {
	const topics = Object.keys(QUESTION_TOPICS);
	return questions
		.map((question, position) => ({ question, position }))
		.sort(
			(a, b) =>
				topics.indexOf(a.question.topic) - topics.indexOf(b.question.topic) ||
				a.position - b.position
		)
		.map(({ question }) => question);
}

/** Questions grouped under their topic labels, numbered from 1 across the whole bank. */
export function groupByTopic(questions: readonly WithId<Question>[]): Array<{
	topic: QuestionTopic;
	label: string;
	items: Array<{ number: number; question: WithId<Question> }>;
}> {
	const ordered = orderQuestions(questions);
	const groups = new Map<QuestionTopic, Array<{ number: number; question: WithId<Question> }>>();
	ordered.forEach((question, index) => {
		const list = groups.get(question.topic) ?? [];
		list.push({ number: index + 1, question });
		groups.set(question.topic, list);
	});
	return [...groups].map(([topic, items]) => ({ topic, label: QUESTION_TOPICS[topic], items }));
}

/** Letter of the option at `index` (0 → "A"). */
export function letterFor(index: number): OptionLetter {
	const letter = OPTION_LETTERS[index];
	if (!letter) throw new Error(`Không có lựa chọn thứ ${index + 1}.`);
	return letter;
}

/** Text of the correct option. */
export function correctOption(question: Pick<Question, 'options' | 'answer'>): string {
	return question.options[OPTION_LETTERS.indexOf(question.answer)] ?? '';
}

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
