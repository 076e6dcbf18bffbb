import { z } from 'astro/zod';

/**
 * A Vietnamese phone number as people write it ("1900.0368", "0900.000.000", "069 2345 678").
 * Accepted: hotlines 1800/1900 + 4 or 6 digits, mobiles 0 + 9 digits, landlines 02x + 8 digits,
 * and the short emergency numbers 111–115. Separators (space, dot, hyphen) are allowed.
 */
export const PHONE_PATTERN = /^(?:1[89]00\d{4}(?:\d{2})?|0[35789]\d{8}|02\d{9}|11[1-5])$/;

/** Digits only, so that "1900.0368" and "1900 0368" compare equal. */
export function phoneDigits(display: string): string {
	return display.replace(/[\s.\-]/g, '');
}

/** The `tel:` link for a display number: hotlines and short numbers stay as dialled, others get +84. */
export function telHref(display: string): string {
	const digits = phoneDigits(display);
	if (/^(?:1[89]00|11[1-5])/.test(digits)) return `tel:${digits}`;
	return `tel:+84${digits.slice(1)}`;
}

/** Schema for a display phone number; rejects anything that is not a dialable Vietnamese number. */
export const phoneSchema = z
	.string()
	.trim()
	.refine((value) => /^[\d\s.\-]+$/.test(value) && PHONE_PATTERN.test(phoneDigits(value)), {
		message:
			'Số điện thoại không hợp lệ: dùng dạng như "1900.0368", "0900.000.000" hoặc "0225 3846 000".',
	});
