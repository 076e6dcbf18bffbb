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

// Grading lives in a module of its own so the browser bundle of <quiz-form> does not pull in the
// schemas (and Zod with them) through this file's imports.
export { isCorrect, scoreText, tally, verdictText, type Score } from './quiz-grading.ts';
