/**
 * `npm run bench:search [dist]`: how well whole questions typed as people type them find their
 * answer (content/data/search-questions.yaml), on a built site's Pagefind index, in Node.
 * Prints, for Pagefind alone (as Starlight's default search UI queries it, counting pages) and for
 * the site's search (src/lib/search/relax.ts, counting answer entries), the share found first and
 * in the top three, and each miss.
 */
import { join } from 'node:path';
import { loadContentData } from '../src/lib/content-data/load.ts';
import { relaxedSearch } from '../src/lib/search/relax.ts';
import { matchesExpected } from '../src/lib/search/expect.ts';
import { loadPagefind } from './lib/pagefind-node.ts';

const dist = join(import.meta.dirname, '..', process.argv[2] ?? 'dist');
const { searchQuestions } = loadContentData();
const ranking = process.env['RANKING']
	? (JSON.parse(process.env['RANKING']) as Record<string, number>)
	: undefined;
const engine = await loadPagefind(dist, ranking);

async function urls(hits: Awaited<ReturnType<typeof engine>>, limit = 5): Promise<string[]> {
	return Promise.all(hits.slice(0, limit).map(async (hit) => decodeURI((await hit.data()).url)));
}

const rank = (found: string[], expected: readonly string[]) =>
	found.findIndex((url) => expected.some((target) => matchesExpected(url, target)));

/** Keyword searches are kept apart: the figure that matters is for whole questions. */
const isKeyword = (situation: string | undefined) => situation === 'từ khóa';
const groups = [
	['Whole questions', searchQuestions.filter((q) => !isKeyword(q.situation))],
	['Keyword searches', searchQuestions.filter((q) => isKeyword(q.situation))],
] as const;
const misses: string[] = [];
for (const [label, questions] of groups) {
	const tallies = { plain: { first: 0, top3: 0 }, site: { first: 0, top3: 0 } };
	for (const { query, expect } of questions) {
		const plain = await urls(await engine(query));
		// Pagefind alone returns pages: count the page that holds the expected entry.
		const plainRank = plain.findIndex((url) =>
			expect.some((target) => url.split('#')[0] === target.split('#')[0])
		);
		const relaxed = await relaxedSearch(query, engine);
		const site = relaxed.kind === 'results' ? await urls(relaxed.hits) : [];
		const siteRank = rank(site, expect);
		for (const [key, r] of [
			['plain', plainRank],
			['site', siteRank],
		] as const) {
			if (r === 0) tallies[key].first++;
			if (r >= 0 && r < 3) tallies[key].top3++;
		}
		if (siteRank < 0 || siteRank > 2) {
			misses.push(
				`  "${query}" → ${expect.join(' | ')}\n      got: ${site.slice(0, 3).join('  ') || '(nothing)'}`
			);
		}
	}
	const n = questions.length;
	const pct = (k: number) => `${k}/${n} (${Math.round((k / n) * 100)} %)`;
	console.log(`${label}: ${n}`);
	console.log(
		`  Pagefind alone (pages):  first ${pct(tallies.plain.first)}, top 3 ${pct(tallies.plain.top3)}`
	);
	console.log(
		`  Site search (answers):   first ${pct(tallies.site.first)}, top 3 ${pct(tallies.site.top3)}`
	);
}
if (misses.length) console.log(`Not in the top three:\n${misses.join('\n')}`);
