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
	/**
	 * Who publishes the site: shown in the header, the footer, on every poster and printed page, so
	 * a reader can tell an official page from a scam. Text first; no national emblem or police badge.
	 */
	issuer: z.strictObject({
		/** The issuing unit, e.g. "Công an thành phố Hải Phòng". */
		name: z.string().min(3),
		/** The body it acts for, e.g. "Ban Chỉ đạo Đề án 06 thành phố Hải Phòng". */
		body: z.string().min(3).optional(),
		/** The unit's published postal address; `npm run release-check` fails while it is missing. */
		address: z.string().min(10).optional(),
		/** The unit's own mark, a file under public/ (e.g. "issuer-mark.svg"), if it has one. */
		mark: z
			.string()
			.regex(/^[\w./-]+\.(?:svg|png|webp)$/)
			.optional(),
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
	/**
	 * Local contact point for officials, as named in the dispatch: a unit, never a person. Its
	 * `phone` must be the unit's switchboard from a published source, not an officer's mobile.
	 */
	localContact: z
		.strictObject({
			/** Unit, e.g. "Phòng Cảnh sát QLHC về TTXH, Công an thành phố". */
			unit: z.string().min(3),
			/** The unit's published switchboard, if a source gives one. */
			phone: phoneSchema.optional(),
			/** Who should use it. */
			purpose: z.string().min(10),
		})
		.transform((contact) => ({
			...contact,
			tel: contact.phone === undefined ? undefined : telHref(contact.phone),
		})),
	/** Limits for `npm run release-check`, run before printing or publishing. */
	releaseCheck: z
		.strictObject({
			/** A contact whose `checked` date is older than this many months fails the check. */
			contactMaxAgeMonths: z.number().int().min(1).max(36),
		})
		.default({ contactMaxAgeMonths: 6 }),
	/**
	 * The province's own wording for «placeholders» pages and data files use beyond the built-in ones
	 * (tỉnh, công văn, số công văn…; see src/lib/content-data/site-text.ts), e.g. its 2025 merger.
	 */
	localText: z.record(z.string().min(2), z.string().min(1)).default({}),
	/** The date the whole site's facts were last checked; pages show their own `reviewed`. */
	reviewed: z.coerce.date(),
});

export type SiteData = z.output<typeof siteSchema>;
