/**
 * The check of a Vietnamese phone number as people write it, DOM-free and free of zod: the data
 * schema (src/schemas/phone.ts) and the poster maker in the browser use the same rule and message.
 */

/**
 * Accepted: hotlines 1800/1900 + 4 or 6 digits, mobiles 0 + 9 digits, landlines 02x + 8 digits,
 * and the short emergency numbers 111–115 (digits only, separators removed).
 */
export const PHONE_PATTERN = /^(?:1[89]00\d{4}(?:\d{2})?|0[35789]\d{8}|02\d{9}|11[1-5])$/;

/** What a person sees next to a number that is not one. */
export const PHONE_MESSAGE =
	'Số điện thoại không hợp lệ: dùng dạng như "1900.0368", "0900.000.000" hoặc "0200 0000 000".';

/** Digits only, so that "1900.0368" and "1900 0368" compare equal. */
export function phoneDigits(display: string): string {
	return display.replace(/[\s.\-]/g, '');
}

/** True for a dialable Vietnamese number written with digits, spaces, dots or hyphens. */
export function isPhoneNumber(display: string): boolean {
	const value = display.trim();
	return /^[\d\s.\-]+$/.test(value) && PHONE_PATTERN.test(phoneDigits(value));
}
