/**
 * Vietnamese text folding for search. Pagefind folds combining diacritics ("cư trú" matches
 * "cu tru") but not the letter "đ", which Unicode does not decompose: "tong dai" never matches
 * "tổng đài". People on phones type "d" for "đ", so the index carries folded copies (see
 * ./index-page.ts) and queries are compared in folded form.
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

/** Lower-case NFC words (letters and digits), as a searcher's query or a page's text splits. */
export function words(text: string): string[] {
	return (
		text
			.normalize('NFC')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}
