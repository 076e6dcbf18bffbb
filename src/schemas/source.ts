import { z } from 'astro/zod';

/** One source a page or data entry rests on: a legal text, an official page or the dispatch itself. */
export const sourceSchema = z.strictObject({
	/** Title as the issuer wrote it, e.g. "Nghị định 104/2022/NĐ-CP". */
	title: z.string().min(3),
	/** Public address of the text, when there is one (official portals first). */
	url: z.url().optional(),
	/** Who issued or published it, e.g. "Chính phủ", "Bộ Công an". */
	issuer: z.string().min(2).optional(),
	/** Date of issue or publication (YYYY-MM-DD). */
	date: z.coerce.date().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
