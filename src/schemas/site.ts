import { z } from 'astro/zod';
import { phoneSchema, telHref } from './phone.ts';

/**
 * The locality file (`content/data/site.yaml`). Another province re-uses the whole site by
 * editing this file and `contacts.yaml`; nothing else names the province.
 */
export const siteSchema = z.strictObject({
	/** Site name in the header and on images. */
	siteName: z.string().min(3),
	/** Public address the site is served from, with the base path if any; QR codes on images open it. */
	siteUrl: z.url().refine((url) => url.startsWith('https://') || url.startsWith('http://'), {
		message: 'siteUrl phải bắt đầu bằng https:// (hoặc http:// khi chạy thử).',
	}),
	/** The province (or city) whose dispatch the site carries, e.g. "Hải Phòng". */
	provinceName: z.string().min(2),
	/** The dispatch the campaign follows. */
	dispatch: z.strictObject({
		/** Number and symbol as printed, e.g. "165/BCĐĐA06HP-CAHP". */
		reference: z.string().min(3),
		/** Date of the dispatch (YYYY-MM-DD). */
		date: z.coerce.date(),
		/** Issuing body. */
		issuer: z.string().min(3),
		/** Slug of the page that carries the dispatch text. */
		page: z.string().min(1),
	}),
	/** Local contact point for officials, as named in the dispatch. */
	localContact: z
		.strictObject({
			/** Unit, e.g. "Phòng Cảnh sát QLHC về TTXH, Công an thành phố". */
			unit: z.string().min(3),
			/** Officer named in the dispatch (official text), if any. */
			person: z.string().optional(),
			/** Number as printed in the dispatch. */
			phone: phoneSchema,
			/** Who should use it. */
			purpose: z.string().min(10),
		})
		.transform((contact) => ({ ...contact, tel: telHref(contact.phone) })),
	/** The date the whole site's facts were last checked; pages show their own `reviewed`. */
	reviewed: z.coerce.date(),
});

export type SiteData = z.output<typeof siteSchema>;
