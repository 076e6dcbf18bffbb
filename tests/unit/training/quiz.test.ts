import { describe, expect, test } from 'vitest';
import {
	correctOption,
	groupByTopic,
	isCorrect,
	letterFor,
	orderQuestions,
	scoreText,
	tally,
	verdictText,
} from '../../../src/components/training/quiz.ts';
import type { Question, WithId } from '../../../src/schemas/training.ts';

const question = (
	id: string,
	topic: Question['topic'],
	answer: Question['answer'] = 'B'
): WithId<Question> => ({
	id,
	method: null,
	topic,
	question: `Câu hỏi ${id}?`,
	options: ['Một', 'Hai', 'Ba'],
	answer,
	explanation: 'Giải thích đủ dài để qua kiểm tra.',
	source: { title: 'Tổng quan', url: '/bay-cach/' },
	claims: ['chi-doi-giay-khi-khong-tra-duoc'],
	validAsOf: new Date('2026-11-27'),
});

describe('order and numbering', () => {
	test('questions follow the topic order, keeping file order inside a topic', () => {
		const ordered = orderQuestions([
			question('a', 'thay-doi'),
			question('b', 'nguyen-tac'),
			question('c', 'thay-doi'),
			question('d', 'tai-quay'),
		]);
		expect(ordered.map((q) => q.id)).toEqual(['b', 'd', 'a', 'c']);
	});

	test('groups are numbered across the whole bank', () => {
		const groups = groupByTopic([
			question('a', 'vneid'),
			question('b', 'nguyen-tac'),
			question('c', 'vneid'),
		]);
		expect(groups.map((g) => g.label)).toEqual(['Nguyên tắc chung', 'VNeID (Cách 5)']);
		expect(groups[1]?.items.map((i) => [i.number, i.question.id])).toEqual([
			[2, 'a'],
			[3, 'c'],
		]);
	});

	test('letters go A to D and no further', () => {
		expect([0, 1, 2, 3].map(letterFor)).toEqual(['A', 'B', 'C', 'D']);
		expect(() => letterFor(4)).toThrow();
	});
});

describe('grading', () => {
	test('the chosen letter is compared with the answer', () => {
		expect(isCorrect('B', 'B')).toBe(true);
		expect(isCorrect('B', 'C')).toBe(false);
		expect(isCorrect('B', null)).toBe(false);
	});

	test('the correct option text is found from its letter', () => {
		expect(correctOption(question('a', 'vneid', 'C'))).toBe('Ba');
	});

	test('a known set of answers scores 7 out of 10', () => {
		const results = new Map<string, boolean>();
		for (let i = 0; i < 10; i++) results.set(`q${i}`, i < 7);
		const score = tally(results, 36);
		expect(score).toEqual({ correct: 7, answered: 10, total: 36 });
		expect(scoreText(score)).toBe('Bạn trả lời đúng 7/10 câu. Còn 26 câu chưa làm.');
	});

	test('the score sentence covers no answers and all answers', () => {
		expect(scoreText({ correct: 0, answered: 0, total: 36 })).toBe(
			'Bạn chưa trả lời câu nào. Có 36 câu hỏi.'
		);
		expect(scoreText({ correct: 30, answered: 36, total: 36 })).toBe(
			'Bạn trả lời đúng 30/36 câu. Bạn đã làm hết 36 câu.'
		);
	});

	test('the verdict is in words, naming the right answer when wrong', () => {
		expect(verdictText(true, 'B', 'Hai')).toBe('Đúng.');
		expect(verdictText(false, 'B', 'Hai')).toBe('Chưa đúng. Đáp án đúng là B: Hai.');
	});
});
