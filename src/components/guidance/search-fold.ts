/**
 * Pagefind folds combining diacritics ("cư trú" matches "cu tru") but not the letter "đ", which
 * Unicode does not decompose: "tong dai" never matches "tổng đài", nor "dinh danh" "định danh".
 * People on phones type "d" for "đ", so pages carry a hidden, search-only copy of their key
 * words with "đ" folded (SearchAliases.astro). These helpers build that copy.
 */

/** Removes every Vietnamese diacritic, including the stroke of đ/Đ. */
export function foldVietnamese(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.normalize('NFC');
}

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
