import { describe, expect, test } from 'vitest';
import { phoneSchema, telHref } from '../../../src/schemas/phone.ts';

describe('phone numbers', () => {
	test.each([
		['1900.0368', 'tel:19000368'],
		['1800 1234', 'tel:18001234'],
		['0900.000.000', 'tel:+84900000000'],
		['0200 0000 000', 'tel:+842000000000'],
		['113', 'tel:113'],
	])('%s is accepted and dials %s', (display, tel) => {
		expect(phoneSchema.safeParse(display).success).toBe(true);
		expect(telHref(display)).toBe(tel);
	});

	test.each(['1900.03', '090000000', '+84 900 000 000', '0900-000-000x', '12345', ''])(
		'%s is rejected',
		(display) => {
			expect(phoneSchema.safeParse(display).success).toBe(false);
		}
	);
});
