/**
 * What a typed question is made of. People type whole questions ("tai khoan muc 1 co xem duoc
 * cu tru khong"); Pagefind returns only pages that hold every word, so the words that carry no
 * topic (có, được, không, thì…) are told apart here and left out when they block an answer.
 */
import { foldVietnamese, words } from './fold.ts';

/**
 * Function words, as typed with diacritics. Their folded forms count too, except where the
 * folded form is also a topic word on this site: "van" (văn bản, vấn đề), "con" (a child),
 * "sao" (bản sao), "nao" and "lam" stay unless typed with their marks.
 */
const FUNCTION_WORDS_MARKED = [
	'có',
	'được',
	'không',
	'là',
	'thì',
	'bị',
	'của',
	'cho',
	'phải',
	'gì',
	'nào',
	'sao',
	'vẫn',
	'còn',
	'và',
	'hay',
	'hoặc',
	'với',
	'mà',
	'nếu',
	'khi',
	'đã',
	'đang',
	'sẽ',
	'rồi',
	'nữa',
	'chưa',
	'ạ',
	'ơi',
	'nhé',
	'nhỉ',
	'vậy',
	'thế',
	'như',
	'này',
	'kia',
	'đó',
	'ấy',
	'tôi',
	'mình',
	'em',
	'anh',
	'chị',
	'ai',
	'muốn',
	'cần',
	'hỏi',
	'xin',
	'giúp',
	'ở',
	'đâu',
	'bao',
	'nhiêu',
	'làm',
	'các',
	'những',
	'một',
	'cái',
	'thể',
	'nên',
	'về',
	'từ',
	'để',
	'ra',
	'vào',
	'lên',
	'mới',
] as const;

/**
 * Folded forms that are also topic words here, so they are dropped only when typed with marks:
 * e.g. "minh" (thông minh, chứng minh), "cua" (một cửa).
 */
const AMBIGUOUS_FOLDED = new Set([
	'minh',
	'cua',
	'van',
	'con',
	'sao',
	'nao',
	'lam',
	'xin',
	'the',
	'ra',
	'vao',
	'len',
	'moi',
	'bao',
	'tu',
	've',
	'cho',
	'de',
	'mot',
	'cai',
	'ai',
	'em',
	'anh',
	'chi',
	'can',
	'nhu',
	'do',
	'o',
	'dau',
	'da',
	'hoi',
	'muon',
	'giup',
	'nen',
	'dang',
	'voi',
	'chua',
	'hay',
	'ma',
	'khi',
	'nua',
	'ay',
	'kia',
	'cac',
]);

const MARKED = new Set<string>(FUNCTION_WORDS_MARKED);
const FOLDED = new Set(
	FUNCTION_WORDS_MARKED.map((word) => foldVietnamese(word)).filter((w) => !AMBIGUOUS_FOLDED.has(w))
);

/** True for a word that carries no topic, as typed (with or without its marks). */
export function isFunctionWord(word: string): boolean {
	const lower = word.normalize('NFC').toLowerCase();
	return MARKED.has(lower) || (lower === foldVietnamese(lower) && FOLDED.has(lower));
}

/** The query's words, and those left once function words are taken out. */
export function analyseQuery(query: string): { all: string[]; topic: string[] } {
	const all = words(query);
	return { all, topic: all.filter((word) => !isFunctionWord(word)) };
}
