import { z } from 'astro/zod';
import { phoneSchema, telHref } from './phone.ts';
import { refineVerification, verificationFields } from './verification.ts';

/** A hotline or contact point (`content/data/contacts.yaml`). */
export const contactFields = z.strictObject({
	/** Name people know it by, e.g. "Tổng đài hỗ trợ VNeID". */
	name: z.string().min(3),
	/** Number as people say and write it, e.g. "1900.0368". */
	phone: phoneSchema,
	/** What to call about, in one plain sentence. */
	purpose: z.string().min(10),
	/** When it answers, e.g. "24/7" or "Giờ hành chính". */
	hours: z.string().min(2),
	/** Whether it serves the whole country or one province. */
	scope: z.enum(['national', 'province']),
	/** `support`: questions about the methods (posters show it); `emergency`: 113 and the like. */
	role: z.enum(['support', 'emergency']).default('support'),
	/** Calls to it may cost money (1900 numbers); shown beside the number. */
	charged: z.boolean().default(false),
	/** Status, last check and sources: posters show `verified` numbers only. */
	...verificationFields,
	/** Order on the contact page and cards (lower first). */
	order: z.number().int().default(100),
});

/** Adds the `tel:` form, derived so that it can never disagree with the number shown. */
export function withTel<T extends { phone: string }>(contact: T): T & { tel: string } {
	return { ...contact, tel: telHref(contact.phone) };
}

export const contactSchema = contactFields.superRefine(refineVerification).transform(withTel);

export type Contact = z.output<typeof contactSchema>;
