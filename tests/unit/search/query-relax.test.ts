import { describe, expect, it } from 'vitest';
import { analyseQuery, isFunctionWord } from '../../../src/lib/search/query.ts';
import { relaxedSearch, type EngineHit } from '../../../src/lib/search/relax.ts';
import { matchesExpected } from '../../../src/lib/search/expect.ts';
import { foldVietnamese, words } from '../../../src/lib/search/fold.ts';

describe('function words', () => {
	it('are recognised with and without their marks', () => {
		for (const word of ['có', 'co', 'được', 'duoc', 'không', 'khong', 'thì', 'thi', 'bị', 'gì']) {
			expect(isFunctionWord(word), word).toBe(true);
		}
	});
	it('keep folded forms that are topic words here unless typed with their marks', () => {
		// "con" (a child), "van" (văn bản), "the" (thẻ), "can" (căn cước), "dang" (đăng ký)
		for (const word of ['con', 'van', 'the', 'can', 'dang', 'thẻ', 'căn', 'minh', 'cua']) {
			expect(isFunctionWord(word), word).toBe(false);
		}
		expect(isFunctionWord('còn')).toBe(true);
		expect(isFunctionWord('vẫn')).toBe(true);
	});
	it('are set apart from the topic words of a question', () => {
		expect(analyseQuery('Tài khoản mức 1 có xem được cư trú không?')).toEqual({
			all: ['tài', 'khoản', 'mức', '1', 'có', 'xem', 'được', 'cư', 'trú', 'không'],
			topic: ['tài', 'khoản', 'mức', '1', 'xem', 'cư', 'trú'],
		});
	});
});

/**
 * A tiny engine with Pagefind's contract: records holding every word (compared without marks),
 * best score first.
 */
function engineOver(records: Record<string, string>) {
	const calls: string[] = [];
	const engine = async (terms: string): Promise<EngineHit[]> => {
		calls.push(terms);
		const wanted = words(terms).map(foldVietnamese);
		return Object.entries(records)
			.map(([id, text]) => {
				const have = words(text).map(foldVietnamese);
				const score = wanted.reduce((sum, w) => sum + have.filter((h) => h === w).length, 0);
				return { id, score, holdsAll: wanted.every((w) => have.includes(w)) };
			})
			.filter((r) => r.holdsAll)
			.sort((a, b) => b.score - a.score)
			.map(({ id, score }) => ({ id, score }));
	};
	return { engine, calls };
}

describe('relaxed search', () => {
	const records = {
		hong: 'thẻ căn cước bị hỏng gãy thì cấp lại thẻ',
		mat: 'mất thẻ căn cước thì cấp lại',
		vneid: 'vneid mức 2 xem thông tin cư trú',
		quiz: 'câu hỏi có không được thẻ hỏng sao',
	};

	it('keeps a query as typed when all its words are topic words and it finds enough', async () => {
		const { engine, calls } = engineOver({
			a: 'thẻ căn cước',
			b: 'thẻ căn cước mới',
			c: 'thẻ căn cước cũ',
		});
		const result = await relaxedSearch('thẻ căn cước', engine);
		expect(result).toMatchObject({ kind: 'results', relaxed: false, used: ['thẻ', 'căn', 'cước'] });
		expect(calls).toEqual(['thẻ căn cước']);
	});

	it('answers a whole question whose function words are not on the answering record', async () => {
		const { engine } = engineOver(records);
		const result = await relaxedSearch('thẻ căn cước bị hỏng thì làm sao', engine);
		expect(result.kind).toBe('results');
		if (result.kind !== 'results') return;
		expect(result.hits[0]?.id).toBe('hong');
		expect(result.relaxed).toBe(true);
		expect(result.used).toEqual(['thẻ', 'căn', 'cước', 'hỏng']);
		expect(result.missing).toEqual([]);
	});

	it('ranks by the words a record holds, and reports words found nowhere', async () => {
		const { engine } = engineOver(records);
		const result = await relaxedSearch('mat the can cuoc xyzzy', engine);
		if (result.kind !== 'results') throw new Error(result.kind);
		expect(result.missing).toEqual(['xyzzy']);
		expect(result.used).not.toContain('xyzzy');
		expect(result.hits.map((h) => h.id)).not.toContain('vneid');
	});

	it('says so when only function words were typed, without searching', async () => {
		const { engine, calls } = engineOver(records);
		expect(await relaxedSearch('có được không vậy', engine)).toEqual({
			kind: 'only-function-words',
			typed: ['có', 'được', 'không', 'vậy'],
		});
		expect(await relaxedSearch('  ?! ', engine)).toEqual({ kind: 'blank' });
		expect(calls).toEqual([]);
	});

	it('returns an empty result list when no word is found anywhere', async () => {
		const { engine } = engineOver(records);
		const result = await relaxedSearch('zzz qqq', engine);
		expect(result).toMatchObject({ kind: 'results', hits: [], used: [], missing: ['zzz', 'qqq'] });
	});
});

describe('expected answers', () => {
	it('match a page by its path and an entry only by its anchor', () => {
		expect(matchesExpected('/cach-2/#tôi-bị-mất-thẻ', '/cach-2/')).toBe(true);
		expect(matchesExpected('/cach-2/', '/cach-2/#tôi-bị-mất-thẻ')).toBe(false);
		expect(matchesExpected('/hoi-dap/#m%E1%BA%A5t-th%E1%BA%BB', '/hoi-dap/#mất-thẻ')).toBe(true);
		expect(matchesExpected('/hoi-dap/#khác', '/hoi-dap/#mất-thẻ')).toBe(false);
	});
});
