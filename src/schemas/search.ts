import { z } from 'astro/zod';

/**
 * A group of words searchers use for the same thing (`content/data/search-synonyms.yaml`). The
 * search index adds the group's other terms wherever a page uses one, so each works both ways.
 */
export const synonymGroupSchema = z.strictObject({
	terms: z
		.array(z.string().trim().min(2))
		.min(2)
		.refine((terms) => new Set(terms.map((t) => t.toLowerCase())).size === terms.length, {
			message: 'Các từ trong nhóm không được trùng nhau.',
		}),
	/** Why these belong together, for the next editor. */
	note: z.string().optional(),
});
export type SynonymGroupData = z.output<typeof synonymGroupSchema>;

/**
 * A question as people type it (`content/data/search-questions.yaml`) and the page or entry that
 * answers it. The end-to-end tests and `npm run bench:search` check it is among the first three.
 */
const sitePath = z
	.string()
	.regex(/^\/[^\s]*$/, 'Đường dẫn bắt đầu bằng "/", ví dụ /cach-2/ hoặc /hoi-dap/#...');

export const searchQuestionSchema = z.strictObject({
	query: z.string().min(2),
	/**
	 * The page ("/cach-2/") or answer entry ("/hoi-dap/#tôi-bị-mất-thẻ") that answers it; a list when
	 * several answer it equally well (any one of them in the top three passes).
	 */
	expect: z
		.union([sitePath, z.array(sitePath).min(1)])
		.transform((value) => (Array.isArray(value) ? value : [value])),
	/** The situation it stands for, e.g. "mất thẻ". */
	situation: z.string().optional(),
});
export type SearchQuestion = z.output<typeof searchQuestionSchema>;
