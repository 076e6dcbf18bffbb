import { describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../../src/components/training/class-quiz/catalogue.ts';
import { resolveSet, setVersion } from '../../../src/lib/class-quiz/code.ts';
import { markerBits, MARKER_BITS } from '../../../scripts/lib/image-clip.ts';

describe('the class quiz catalogue from the content data', () => {
	const { bank, modules } = loadCatalogue();
	test('one set per module with questions, named M<n>, versioned by its questions and answers', () => {
		expect(modules.length).toBeGreaterThan(0);
		for (const set of modules) {
			expect(set.id).toMatch(/^M\d+$/);
			const questions = set.questionIds.map((id) => bank.find((q) => q.id === id)!);
			expect(set.version).toBe(setVersion(questions));
		}
	});
	test('a phone resolving the join code from the bank gets the same set and version', () => {
		for (const set of modules) expect(resolveSet(set.id, bank, modules)).toEqual(set);
	});
});

describe('image clip markers', () => {
	test('empty frames are all white; picture i spells i + 1 after the "in view" square', () => {
		expect(markerBits(null)).toEqual(Array(MARKER_BITS).fill(false));
		expect(markerBits(0).slice(0, 4)).toEqual([true, true, false, false]);
		expect(markerBits(4).slice(0, 5)).toEqual([true, true, false, true, false]);
	});
});
