/**
 * Class results of a question set: what the trainer's projector shows after collecting the phones'
 * results codes, and the same figures as CSV. DOM-free.
 */
import type { AnswerLetter, Choice } from './code.ts';

/** A question of the set with the texts the results screen shows. */
export interface StatsQuestion {
	id: string;
	question: string;
	options: string[];
	answer: AnswerLetter;
	explanation: string;
}

export interface WrongAnswer {
	letter: AnswerLetter;
	text: string;
	/** Participants who chose it. */
	count: number;
}

export interface QuestionFigures {
	/** 1-based number in the set. */
	number: number;
	id: string;
	question: string;
	answer: AnswerLetter;
	answerText: string;
	explanation: string;
	/** Participants who chose the right answer. */
	correct: number;
	/** Participants who left it unanswered. */
	unanswered: number;
	/** Right answers out of all participants, rounded to a whole percent (0 with nobody). */
	percentCorrect: number;
	/** The wrong option chosen most often (the earlier letter on a tie), null when none was. */
	commonWrong: WrongAnswer | null;
}

export interface ClassStats {
	participants: number;
	questions: QuestionFigures[];
	/** How many participants got each score, for every score from 0 to the number of questions. */
	distribution: Array<{ score: number; count: number }>;
	/** Questions to go over again, most needed first (see revisitOrder). */
	revisit: QuestionFigures[];
}

/** A question is worth revisiting when fewer than this share of the class got it right. */
export const REVISIT_BELOW_PERCENT = 80;
/** At most this many questions in the revisit list: a workshop has time for a few. */
export const REVISIT_MAX = 5;

const LETTERS: readonly AnswerLetter[] = ['A', 'B', 'C', 'D'];

export function percent(part: number, whole: number): number {
	return whole === 0 ? 0 : Math.round((100 * part) / whole);
}

/** Figures of one question over every participant's choice for it. */
function questionFigures(
	question: StatsQuestion,
	number: number,
	choices: readonly Choice[]
): QuestionFigures {
	const counts = new Map<AnswerLetter, number>();
	let correct = 0;
	let unanswered = 0;
	for (const choice of choices) {
		if (choice === null) unanswered++;
		else if (choice === question.answer) correct++;
		else counts.set(choice, (counts.get(choice) ?? 0) + 1);
	}
	let commonWrong: WrongAnswer | null = null;
	for (const letter of LETTERS) {
		const count = counts.get(letter) ?? 0;
		if (count > 0 && (!commonWrong || count > commonWrong.count))
			commonWrong = { letter, count, text: question.options[LETTERS.indexOf(letter)] ?? '' };
	}
	return {
		number,
		id: question.id,
		question: question.question,
		answer: question.answer,
		answerText: question.options[LETTERS.indexOf(question.answer)] ?? '',
		explanation: question.explanation,
		correct,
		unanswered,
		percentCorrect: percent(correct, choices.length),
		commonWrong,
	};
}

/**
 * Revisit order: the lowest share right first; on a tie the question whose wrong answers agree
 * most (one shared misunderstanding is worth explaining first), then the set's order.
 */
export function revisitOrder(questions: readonly QuestionFigures[]): QuestionFigures[] {
	return questions
		.filter((q) => q.percentCorrect < REVISIT_BELOW_PERCENT)
		.sort(
			(a, b) =>
				a.correct - b.correct ||
				(b.commonWrong?.count ?? 0) - (a.commonWrong?.count ?? 0) ||
				a.number - b.number
		)
		.slice(0, REVISIT_MAX);
}

/** The class figures; `answers` holds one participant's choices per entry, in set order. */
export function classStats(
	questions: readonly StatsQuestion[],
	answers: ReadonlyArray<readonly Choice[]>
): ClassStats {
	const figures = questions.map((question, i) =>
		questionFigures(
			question,
			i + 1,
			answers.map((a) => a[i] ?? null)
		)
	);
	const distribution = Array.from({ length: questions.length + 1 }, (_, score) => ({
		score,
		count: 0,
	}));
	for (const choices of answers) {
		const score = questions.filter((q, i) => choices[i] === q.answer).length;
		distribution[score]!.count++;
	}
	return {
		participants: answers.length,
		questions: figures,
		distribution,
		revisit: revisitOrder(figures),
	};
}

/** One CSV field: quoted when it holds a comma, quote or line break. */
function field(value: string | number): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (values: ReadonlyArray<string | number>) => values.map(field).join(',');

/**
 * The results screen as CSV (comma-separated, CRLF lines, no byte-order mark: the page adds one
 * to the download so spreadsheet programs read the Vietnamese letters as UTF-8).
 */
export function statsCsv(set: { id: string; version: string; title: string }, stats: ClassStats) {
	const lines = [
		row(['Bộ câu hỏi', set.title]),
		row(['Mã bộ', set.id]),
		row(['Phiên bản', set.version]),
		row(['Số người tham gia', stats.participants]),
		'',
		row([
			'Câu',
			'Câu hỏi',
			'Tỉ lệ đúng (%)',
			'Số người đúng',
			'Đáp án đúng',
			'Sai nhiều nhất',
			'Số người chọn sai đó',
			'Giải thích',
		]),
		...stats.questions.map((q) =>
			row([
				q.number,
				q.question,
				q.percentCorrect,
				q.correct,
				`${q.answer}. ${q.answerText}`,
				q.commonWrong ? `${q.commonWrong.letter}. ${q.commonWrong.text}` : '',
				q.commonWrong?.count ?? 0,
				q.explanation,
			])
		),
		'',
		row(['Số câu đúng', 'Số người']),
		...stats.distribution.map((d) => row([d.score, d.count])),
		'',
		row(['Nên ôn lại trước', 'Câu', 'Tỉ lệ đúng (%)']),
		...stats.revisit.map((q, i) => row([i + 1, q.number, q.percentCorrect])),
	];
	return `${lines.join('\r\n')}\r\n`;
}
