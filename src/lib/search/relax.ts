/**
 * Whole questions over an engine that returns only records holding every word (Pagefind).
 * A question rarely has all its words on the page that answers it, so:
 * 1. the query as typed; when every word is a topic word and it finds `enough` records, that's it;
 * 2. otherwise function words are left out (./query.ts) and each remaining word is searched alone;
 *    a record's rank is the sum of its scores over the words it holds (Pagefind's per-word score
 *    already weighs rare words above common ones), so the record holding the most informative
 *    words comes first even when no record holds them all. Words found nowhere are reported.
 * The reader is told which words were used. DOM-free: the engine is passed in.
 */
import { analyseQuery } from './query.ts';

/** One record from the engine, in its rank order, with its relevance score. */
export interface EngineHit {
	id: string;
	score: number;
}

/** Searches for records that hold every word of `terms` (space-separated), best first. */
export type Engine<H extends EngineHit> = (terms: string) => Promise<readonly H[]>;

export type RelaxedSearch<H extends EngineHit> =
	| { kind: 'blank' }
	/** Only function words were typed: nothing to search for. */
	| { kind: 'only-function-words'; typed: string[] }
	| {
			kind: 'results';
			hits: H[];
			typed: string[];
			/** The words searched for (found at least once). */
			used: string[];
			/** Topic words found nowhere on the site (a typo, or a word the site does not use). */
			missing: string[];
			/** True when the words used are not all the words typed. */
			relaxed: boolean;
	  };

/** Fewer records than this for the query as typed count as a weak answer. */
export const ENOUGH_RESULTS = 3;

export async function relaxedSearch<H extends EngineHit>(
	query: string,
	engine: Engine<H>,
	enough: number = ENOUGH_RESULTS
): Promise<RelaxedSearch<H>> {
	const { all, topic } = analyseQuery(query);
	if (all.length === 0) return { kind: 'blank' };
	if (topic.length === 0) return { kind: 'only-function-words', typed: all };

	if (topic.length === all.length) {
		const typed = await engine(all.join(' '));
		if (typed.length >= enough || all.length === 1) {
			return {
				kind: 'results',
				hits: [...typed],
				typed: all,
				used: all,
				missing: [],
				relaxed: false,
			};
		}
	}

	const words = [...new Set(topic)];
	const perWord = await Promise.all(words.map((word) => engine(word)));
	const ranked = new Map<string, { hit: H; score: number }>();
	perWord.forEach((hits) => {
		for (const hit of hits) {
			const entry = ranked.get(hit.id);
			if (entry) entry.score += hit.score;
			else ranked.set(hit.id, { hit, score: hit.score });
		}
	});
	const used = words.filter((_, index) => perWord[index]!.length > 0);
	const missing = words.filter((_, index) => perWord[index]!.length === 0);
	const hits = [...ranked.values()].sort((a, b) => b.score - a.score).map((entry) => entry.hit);
	return { kind: 'results', hits, typed: all, used, missing, relaxed: used.length !== all.length };
}
