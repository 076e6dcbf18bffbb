/**
 * The page's search-only alias text (SearchAliases.astro): its title and description with "đ"
 * folded, since Pagefind folds accents but not that letter. See src/lib/search/fold.ts.
 */
import { foldVietnamese } from '../../lib/search/fold.ts';

export { foldVietnamese };

/**
 * The search-only text for a page: each phrase that contains đ/Đ, folded, without repeats.
 * Phrases without đ are left out because Pagefind already finds them typed without accents.
 */
export function searchAliasText(phrases: readonly (string | undefined)[]): string {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const phrase of phrases) {
		if (!phrase || !/[đĐ]/.test(phrase)) continue;
		const folded = foldVietnamese(phrase).replace(/\s+/g, ' ').trim();
		const key = folded.toLowerCase();
		if (!seen.has(key)) {
			seen.add(key);
			out.push(folded);
		}
	}
	return out.join(' · ');
}
