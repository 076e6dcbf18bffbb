import { describe, expect, test } from 'vitest';
import { encodeResults, setVersion, type Choice } from '../../../src/lib/class-quiz/code.ts';
import {
	outcomeMessage,
	parseStored,
	ResultsLedger,
	SightingFilter,
} from '../../../src/lib/class-quiz/ledger.ts';
import { classStats, statsCsv, type StatsQuestion } from '../../../src/lib/class-quiz/stats.ts';

const q = (id: string, answer: StatsQuestion['answer']): StatsQuestion => ({
	id,
	question: `Câu hỏi ${id}, có dấu phẩy?`,
	options: ['Một', 'Hai', 'Ba', 'Bốn'],
	answer,
	explanation: `Giải thích "${id}".`,
});
const questions = [q('a', 'A'), q('b', 'B'), q('c', 'C')];

describe('classStats', () => {
	const answers: Choice[][] = [
		['A', 'C', 'C'],
		['A', 'C', 'D'],
		['B', 'B', null],
		['A', 'D', 'A'],
	];
	const stats = classStats(questions, answers);
	test('participants, percent right and the most common wrong answer', () => {
		expect(stats.participants).toBe(4);
		expect(stats.questions.map((f) => f.percentCorrect)).toEqual([75, 25, 25]);
		expect(stats.questions[1]!.commonWrong).toEqual({ letter: 'C', text: 'Ba', count: 2 });
		expect(stats.questions[2]!.unanswered).toBe(1);
		// A tie (D once, A once) goes to the earlier letter.
		expect(stats.questions[2]!.commonWrong?.letter).toBe('A');
	});
	test('score distribution covers every score', () => {
		expect(stats.distribution).toEqual([
			{ score: 0, count: 0 },
			{ score: 1, count: 3 },
			{ score: 2, count: 1 },
			{ score: 3, count: 0 },
		]);
	});
	test('revisit: lowest share right first, then the most agreed wrong answer', () => {
		expect(stats.revisit.map((f) => f.id)).toEqual(['b', 'c', 'a']);
	});
	test('nobody yet: zeros, no revisit list that means nothing', () => {
		const empty = classStats(questions, []);
		expect(empty.questions.every((f) => f.percentCorrect === 0 && f.commonWrong === null)).toBe(
			true
		);
	});
	test('CSV carries the figures of the screen, quoted where needed', () => {
		const csv = statsCsv({ id: 'M1', version: 'V', title: 'Học phần 1' }, stats);
		const lines = csv.split('\r\n');
		expect(lines).toContain('Số người tham gia,4');
		expect(lines).toContain('2,"Câu hỏi b, có dấu phẩy?",25,1,B. Hai,C. Ba,2,"Giải thích ""b""."');
		expect(lines).toContain('1,3');
		expect(lines).toContain('1,2,25');
	});
});

describe('ResultsLedger', () => {
	const set = { id: 'M1', version: setVersion([{ id: 'a', answer: 'A' }]), questionIds: ['a'] };
	const code = (attempt: string, answer: Choice) =>
		encodeResults({ setId: 'M1', version: set.version, answers: [answer], attempt, nickname: '' });
	test('counts each code once and explains refusals', () => {
		const ledger = new ResultsLedger(set);
		expect(ledger.add(code('AAAAA', 'A')).kind).toBe('counted');
		// Same answers from another phone: another attempt code, another participant.
		expect(ledger.add(code('BBBBB', 'A')).kind).toBe('counted');
		const again = ledger.add(code('AAAAA', 'A'));
		expect(again.kind).toBe('duplicate');
		expect(outcomeMessage(again)).toMatch(/đã được tính/);
		expect(outcomeMessage(ledger.add('https://example.test/'))).toMatch(/không phải mã kết quả/);
		expect(ledger.size).toBe(2);
	});
	test('restores saved codes through the same checks', () => {
		const ledger = new ResultsLedger(
			set,
			parseStored(JSON.stringify([code('AAAAA', 'A'), 'rác', 42]))
		);
		expect(ledger.codes()).toEqual([code('AAAAA', 'A')]);
		expect(parseStored('{not json')).toEqual([]);
	});
});

describe('SightingFilter', () => {
	test('a code held in view is news once, and again after it left the view', () => {
		const filter = new SightingFilter(2000);
		expect(filter.fresh(['a', 'a', 'b'], 0)).toEqual(['a', 'b']);
		expect(filter.fresh(['a'], 500)).toEqual([]);
		expect(filter.fresh(['a'], 2400)).toEqual([]);
		expect(filter.fresh(['b'], 2600)).toEqual(['b']);
		expect(filter.fresh(['a'], 9000)).toEqual(['a']);
	});
});
