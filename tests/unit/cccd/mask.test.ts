import { describe, expect, test } from 'vitest';
import { maskCard, maskDigits, maskName, parseCccdQr } from '../../../src/lib/cccd/index.ts';
import { VALID_2021, VALID_EMPTY_OLD_ID } from '../../fixtures/cccd/payload-vectors.ts';

function card(payload: string) {
	const result = parseCccdQr(payload, { today: new Date(2026, 0, 1) });
	if (!result.ok) throw new Error('fixture does not parse');
	return result.card;
}

describe('maskCard', () => {
	test('masks every personal field of a card and says so for screen readers', () => {
		expect(maskCard(card(VALID_2021))).toEqual({
			idNumber: {
				text: '0010******45',
				masked: true,
				accessibleText: 'bắt đầu 0010, kết thúc 45, 6 chữ số ẩn',
			},
			oldIdNumber: { text: '*******78', masked: true, accessibleText: 'kết thúc 78, 7 chữ số ẩn' },
			fullName: {
				text: 'N***** V** A*',
				masked: true,
				accessibleText: 'chữ cái đầu N. V. A., còn lại ẩn',
			},
			dateOfBirth: {
				text: '**/**/1988',
				masked: true,
				accessibleText: 'năm 1988, ngày và tháng ẩn',
			},
			gender: { text: 'Nam', masked: false, accessibleText: 'Nam' },
			address: {
				text: '***, Hà Nội',
				masked: true,
				accessibleText: 'Hà Nội, phần còn lại của địa chỉ ẩn',
			},
			issueDate: { text: '**/**/2021', masked: true, accessibleText: 'năm 2021, ngày và tháng ẩn' },
		});
	});

	test('an empty old ID stays null', () => {
		expect(maskCard(card(VALID_EMPTY_OLD_ID)).oldIdNumber).toBeNull();
	});

	test('no masked text contains the hidden digits of the ID number', () => {
		const masked = maskCard(card(VALID_2021));
		expect(JSON.stringify(masked)).not.toContain('088012');
		expect(JSON.stringify(masked)).not.toContain('Nguyễn');
	});
});

describe('mask helpers', () => {
	test('a value too short to hide anything is shown as is', () => {
		expect(maskDigits('12', 1, 1)).toEqual({ text: '12', masked: false, accessibleText: '12' });
	});

	test('names keep whole letters with diacritics', () => {
		expect(maskName('Đỗ Thị Ẩn').text).toBe('Đ* T** Ẩ*');
	});
});
