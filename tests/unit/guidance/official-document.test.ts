import { describe, expect, it } from 'vitest';
import { isoDate, placeDateLine } from '../../../src/components/guidance/official-document.ts';

describe('placeDateLine', () => {
	it('pads months 1 and 2 and keeps two-digit days', () => {
		expect(placeDateLine('Hải Phòng', new Date('2023-02-10'))).toBe(
			'Hải Phòng, ngày 10 tháng 02 năm 2023'
		);
	});
	it('pads days below 10 but not months from 3 on', () => {
		expect(placeDateLine('Hà Nội', new Date('2025-05-30'))).toBe(
			'Hà Nội, ngày 30 tháng 5 năm 2025'
		);
		expect(placeDateLine('Hà Nội', new Date('2023-01-09'))).toBe(
			'Hà Nội, ngày 09 tháng 01 năm 2023'
		);
		expect(placeDateLine('Hà Nội', new Date('2022-12-21'))).toBe(
			'Hà Nội, ngày 21 tháng 12 năm 2022'
		);
	});
});

describe('isoDate', () => {
	it('gives YYYY-MM-DD', () => {
		expect(isoDate(new Date('2023-02-10'))).toBe('2023-02-10');
	});
});
