import { z } from 'astro/zod';
import { isPhoneNumber, PHONE_MESSAGE, PHONE_PATTERN, phoneDigits } from '../lib/phone.ts';

export { PHONE_PATTERN, phoneDigits };

/** The `tel:` link for a display number: hotlines and short numbers stay as dialled, others get +84. */
export function telHref(display: string): string {
	const digits = phoneDigits(display);
	if (/^(?:1[89]00|11[1-5])/.test(digits)) return `tel:${digits}`;
	return `tel:+84${digits.slice(1)}`;
}

/** Schema for a display phone number; rejects anything that is not a dialable Vietnamese number. */
export const phoneSchema = z.string().trim().refine(isPhoneNumber, { message: PHONE_MESSAGE });
