import { describe, expect, test } from 'vitest';
import { phoneSchema, telHref } from '../../../src/schemas/phone.ts';

describe('phone numbers', () => {
	test.each([
		['1900.0368', 'tel:19000368'],
		['1800 1234', 'tel:18001234'],
		['0913.011.678', 'tel:+84913011678'],
		['0225 3846 000', 'tel:+842253846000'],
		['113', 'tel:113'],
	])('%s is accepted and dials %s', (display, tel) => {
		expect(phoneSchema.safeParse(display).success).toBe(true);
		expect(telHref(display)).toBe(tel);
	});

	test.each(['1900.03', '091301167', '+84 913 011 678', '0913-011-678x', '12345', ''])(
		'%s is rejected',
		(display) => {
			expect(phoneSchema.safeParse(display).success).toBe(false);
		}
	);
});
