import { z } from 'astro/zod';
import { sourceSchema } from './source.ts';

/**
 * How sure we are of a fact, and since when. Claims (`claims.yaml`) and contacts (`contacts.yaml`)
 * carry this block, so a change of status in one entry reaches every page, card, poster and quiz
 * that shows the fact. The rule: posters, infographics and quiz answers rest on `verified` only.
 */
export const statusSchema = z.enum(['verified', 'uncertain']);
export type FactStatus = z.infer<typeof statusSchema>;

/** What an uncertain fact needs so the open-points page can explain it. */
export const uncertaintySchema = z.strictObject({
	/** Since when the point has been open (YYYY-MM-DD): usually the research date. */
	since: z.coerce.date(),
	/** What exactly is not confirmed, in one or two plain sentences. */
	what: z.string().min(20),
	/** How an editor or reader can check it (which office, text or portal). */
	howToCheck: z.string().min(20),
});

export const verificationFields = {
	/** `verified`: a retrieved source states it. `uncertain`: not confirmed; shown with a marker. */
	status: statusSchema,
	/** Date the fact was last checked against its sources (YYYY-MM-DD). */
	checked: z.coerce.date(),
	/** Where the fact comes from (at least one). */
	sources: z.array(sourceSchema).min(1),
	/** Required when `status: uncertain`: what is open and how to check it. */
	uncertainty: uncertaintySchema.optional(),
};

/** An uncertain entry must say what is open; a verified one must not carry a stale explanation. */
export function refineVerification(
	entry: { status: FactStatus; uncertainty?: unknown },
	ctx: z.RefinementCtx
): void {
	if (entry.status === 'uncertain' && !entry.uncertainty) {
		ctx.addIssue({
			code: 'custom',
			path: ['uncertainty'],
			message: 'Mục `uncertain` phải có `uncertainty` (since, what, howToCheck).',
		});
	}
	if (entry.status === 'verified' && entry.uncertainty) {
		ctx.addIssue({
			code: 'custom',
			path: ['uncertainty'],
			message: 'Mục `verified` không được giữ `uncertainty`: xóa phần này khi đã xác nhận.',
		});
	}
}
