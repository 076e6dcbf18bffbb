import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	cleanNickname,
	crc32,
	customSetId,
	decodeResults,
	encodeResults,
	moduleSetId,
	newAttempt,
	NICKNAME_MAX,
	parseResults,
	questionIdsOf,
	resolveSet,
	setVersion,
	type Choice,
	type QuizResult,
} from '../../../src/lib/class-quiz/code.ts';

const bank = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'];
const modules = new Map([['M1', ['q5', 'q2']]]);
const set = {
	id: 'M1',
	version: setVersion([
		{ id: 'q2', answer: 'B' },
		{ id: 'q5', answer: 'C' },
	]),
	questionIds: ['q2', 'q5'],
};

const choice = fc.constantFrom<Choice>('A', 'B', 'C', 'D', null);
const resultArb = fc.record({
	setId: fc.oneof(
		fc.integer({ min: 1, max: 99 }).map(moduleSetId),
		fc.stringMatching(/^T[0-9A-V]{1,9}$/)
	),
	version: fc.stringMatching(/^[0-9A-Z]{1,7}$/),
	answers: fc.array(choice, { minLength: 1, maxLength: 60 }),
	attempt: fc.stringMatching(/^[0-9A-Z]{5}$/),
	nickname: fc.string({ maxLength: 30 }).map(cleanNickname),
}) satisfies fc.Arbitrary<QuizResult>;

describe('crc32', () => {
	test('matches the standard check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});
});

describe('set ids and versions', () => {
	test('a module set lists its questions in bank order', () => {
		expect(questionIdsOf('m1', bank, modules)).toEqual(['q2', 'q5']);
		expect(questionIdsOf('M9', bank, modules)).toBeNull();
	});
	test('a custom set id round-trips through its bit mask', () => {
		fc.assert(
			fc.property(fc.subarray(bank, { minLength: 1 }), (chosen) => {
				const id = customSetId(bank, chosen);
				expect(id).toMatch(/^T[0-9A-V]+$/);
				expect(questionIdsOf(id, bank, modules)).toEqual(bank.filter((q) => chosen.includes(q)));
			})
		);
	});
	test('custom ids naming nothing or questions past the bank are refused', () => {
		expect(questionIdsOf('T0', bank, modules)).toBeNull();
		expect(questionIdsOf('TV0', bank, modules)).toBeNull();
		expect(questionIdsOf('TX', bank, modules)).toBeNull();
	});
	test('the version changes when an answer, a question or the order changes', () => {
		const base = setVersion([
			{ id: 'a', answer: 'A' },
			{ id: 'b', answer: 'B' },
		]);
		expect(
			setVersion([
				{ id: 'a', answer: 'A' },
				{ id: 'b', answer: 'B' },
			])
		).toBe(base);
		expect(
			setVersion([
				{ id: 'a', answer: 'C' },
				{ id: 'b', answer: 'B' },
			])
		).not.toBe(base);
		expect(setVersion([{ id: 'a', answer: 'A' }])).not.toBe(base);
		expect(
			setVersion([
				{ id: 'b', answer: 'B' },
				{ id: 'a', answer: 'A' },
			])
		).not.toBe(base);
	});
});

describe('results code', () => {
	test('round trip: every result decodes to itself', () => {
		fc.assert(
			fc.property(resultArb, (result) => {
				const parsed = parseResults(encodeResults(result));
				expect(parsed).toEqual({ ok: true, result });
			})
		);
	});
	test('any change of one character is refused', () => {
		fc.assert(
			fc.property(
				resultArb,
				fc.nat(),
				fc.constantFrom(...'0123456789ABCDEFKQ-|xyzđ '),
				(result, at, replacement) => {
					const text = encodeResults(result);
					const chars = [...text];
					const i = at % chars.length;
					fc.pre(chars[i] !== replacement);
					chars[i] = replacement;
					expect(parseResults(chars.join('')).ok).toBe(false);
				}
			)
		);
	});
	test('a dropped character is refused', () => {
		fc.assert(
			fc.property(resultArb, fc.nat(), (result, at) => {
				const chars = [...encodeResults(result)];
				chars.splice(at % chars.length, 1);
				expect(parseResults(chars.join('')).ok).toBe(false);
			})
		);
	});
	test('holds the set, version, answers, attempt and nickname and nothing else', () => {
		const text = encodeResults({
			setId: 'M1',
			version: set.version,
			answers: ['B', null],
			attempt: 'X7K2P',
			nickname: 'Tổ 3',
		});
		expect(text).toBe(`KQ1|M1|${set.version}|B-|X7K2P|Tổ 3|${text.slice(-8)}`);
	});
	test('typed errors: not a results code, damaged, other set, other version', () => {
		const ok = encodeResults({
			setId: 'M1',
			version: set.version,
			answers: ['B', 'C'],
			attempt: 'AAAAA',
			nickname: '',
		});
		expect(decodeResults(ok, set).ok).toBe(true);
		expect(decodeResults('https://example.test/tap-huan/', set)).toEqual({
			ok: false,
			error: { kind: 'not-results' },
		});
		expect(decodeResults(ok.replace('|B', '|A'), set)).toEqual({
			ok: false,
			error: { kind: 'damaged', reason: 'checksum' },
		});
		const other = encodeResults({
			setId: 'M2',
			version: set.version,
			answers: ['B', 'C'],
			attempt: 'AAAAA',
			nickname: '',
		});
		expect(decodeResults(other, set)).toEqual({
			ok: false,
			error: { kind: 'other-set', setId: 'M2' },
		});
		const old = encodeResults({
			setId: 'M1',
			version: 'OLD1',
			answers: ['B', 'C'],
			attempt: 'AAAAA',
			nickname: '',
		});
		expect(decodeResults(old, set)).toEqual({
			ok: false,
			error: { kind: 'other-version', version: 'OLD1' },
		});
		const short = encodeResults({
			setId: 'M1',
			version: set.version,
			answers: ['B'],
			attempt: 'AAAAA',
			nickname: '',
		});
		expect(decodeResults(short, set)).toEqual({
			ok: false,
			error: { kind: 'damaged', reason: 'length' },
		});
		const body = 'KQ2|M1|X|B|AAAAA|';
		expect(
			parseResults(
				`${body}|${crc32(new TextEncoder().encode(body)).toString(16).toUpperCase().padStart(8, '0')}`
			)
		).toEqual({ ok: false, error: { kind: 'damaged', reason: 'format' } });
	});
	test('nicknames are cleaned and capped', () => {
		expect(cleanNickname('  Tổ|3 \n bàn 2 ')).toBe('Tổ 3 bàn 2');
		expect([...cleanNickname('x'.repeat(50))]).toHaveLength(NICKNAME_MAX);
	});
	test('attempt codes use five characters 0-9 A-Z', () => {
		expect(newAttempt(() => 0)).toBe('00000');
		expect(newAttempt(() => 0.9999)).toBe('ZZZZZ');
	});
});

describe('resolveSet', () => {
	const questions = bank.map((id, i) => ({ id, answer: (['A', 'B', 'C', 'D'] as const)[i % 4]! }));
	const mods = [{ id: 'M1', title: 'Học phần 1', questionIds: ['q5', 'q2'] }];
	test('a module set in bank order with the version of its questions', () => {
		expect(resolveSet(' m-1 ', questions, mods)).toEqual({
			id: 'M1',
			title: 'Học phần 1',
			questionIds: ['q2', 'q5'],
			version: setVersion([questions[1]!, questions[4]!]),
		});
	});
	test('a custom set gets a plain title; an unknown code gives null', () => {
		const id = customSetId(bank, ['q1', 'q7']);
		expect(resolveSet(id, questions, mods)?.title).toBe('Bộ câu hỏi tự chọn (2 câu)');
		expect(resolveSet('XYZ', questions, mods)).toBeNull();
	});
});
