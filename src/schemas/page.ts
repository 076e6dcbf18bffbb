import { z } from 'astro/zod';
import { sourceSchema } from './source.ts';

/**
 * Fields this site adds to Starlight's page frontmatter.
 * Guidance pages (`kind: 'guidance'`, the default) must say when their facts were last checked and
 * where they come from; utility pages (search results, the QR demo shell) may leave both out.
 */
export const pageFields = z.object({
	/** What sort of page this is: guidance pages need `reviewed` and `sources`. */
	kind: z.enum(['guidance', 'utility']).default('guidance'),
	/** Date the facts on the page were last checked against the sources (YYYY-MM-DD). */
	reviewed: z.coerce.date().optional(),
	/** The texts the page's claims rest on, shown at the foot of the page as "Nguồn". */
	sources: z.array(sourceSchema).optional(),
	/** For the seven method pages: which method (Hải Phòng numbering) the page explains. */
	method: z.number().int().min(1).max(7).optional(),
	/** Words people search for that the page does not use (e.g. "hotline"); indexed, not shown. */
	searchTerms: z.array(z.string().min(2)).optional(),
	/** A question-and-answer page: each `###` question becomes a collapsible item (`<details>`). */
	faq: z.boolean().optional(),
	/** Marks a page whose real content another piece of work will fill; shown as a notice. */
	placeholder: z.string().optional(),
});

/** Adds the guidance rule on top of the field shapes, with messages that name the missing field. */
export function refineGuidance<T extends z.ZodType<z.infer<typeof pageFields>>>(schema: T) {
	return schema.superRefine((page, ctx) => {
		if (page.kind !== 'guidance') return;
		if (!page.reviewed) {
			ctx.addIssue({
				code: 'custom',
				path: ['reviewed'],
				message: 'Trang hướng dẫn phải có `reviewed` (ngày rà soát lần cuối, YYYY-MM-DD).',
			});
		}
		if (!page.sources?.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['sources'],
				message: 'Trang hướng dẫn phải có ít nhất một mục trong `sources` (Nguồn).',
			});
		}
	});
}

export type PageFields = z.infer<typeof pageFields>;
