import { describe, expect, test } from 'vitest';
import {
	CCCD_ERROR_CODES,
	CCCD_ERROR_MESSAGES,
	CCCD_WARNING_CODES,
	CCCD_WARNING_MESSAGES,
	parseCccdQr,
} from '../../../src/lib/cccd/index.ts';
import {
	PAYLOAD_VECTORS,
	VALID_2021,
	VALID_2024,
	VALID_EMPTY_OLD_ID,
} from '../../fixtures/cccd/payload-vectors.ts';

// Fixed "today" so the future-date vectors do not depend on the clock.
const TODAY = new Date(2026, 0, 15);

describe('parseCccdQr fixture table', () => {
	test.each(PAYLOAD_VECTORS)('$name', (vector) => {
		const result = parseCccdQr(vector.input, { today: TODAY });
		if (vector.errors) {
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(vector.errors);
		} else {
			expect(result.ok ? result.warnings.map((w) => w.code) : result.errors).toEqual(
				vector.warnings
			);
		}
	});

	test('the table covers every error and warning code', () => {
		const seen = new Set(
			PAYLOAD_VECTORS.flatMap((v) => [...(v.errors ?? []), ...(v.warnings ?? [])])
		);
		for (const code of [...CCCD_ERROR_CODES, ...CCCD_WARNING_CODES]) expect(seen).toContain(code);
	});
});

describe('parseCccdQr card fields', () => {
	test('a 2021 card gives ISO dates, gender, the ID decoded and no extra fields', () => {
		const result = parseCccdQr(VALID_2021, { today: TODAY });
		expect(result).toMatchObject({
			ok: true,
			card: {
				idNumber: '001088012345',
				oldIdNumber: '012345678',
				fullName: 'Nguyễn Văn An',
				dateOfBirth: '1988-03-15',
				gender: 'male',
				address: 'Số 1 Phố Giả Định, Phường Mẫu, Quận Thử, Hà Nội',
				issueDate: '2021-05-20',
				extraFields: [],
				cardGeneration: 'cccd-2021',
				idNumberInfo: {
					provinceCode: '001',
					provinceName: 'Hà Nội',
					currentProvinceName: 'Hà Nội',
					gender: 'male',
					birthYear: 1988,
				},
			},
		});
	});

	test('an empty old-ID field becomes null', () => {
		const result = parseCccdQr(VALID_EMPTY_OLD_ID, { today: TODAY });
		expect(result.ok && result.card.oldIdNumber).toBeNull();
		expect(result.ok && result.card.gender).toBe('female');
		expect(result.ok && result.card.idNumberInfo.birthYear).toBe(2003);
	});

	test('a 2024 card keeps its four trailing fields and is labelled can-cuoc-2024', () => {
		const result = parseCccdQr(VALID_2024, { today: TODAY });
		expect(result.ok && result.card.cardGeneration).toBe('can-cuoc-2024');
		expect(result.ok && result.card.extraFields).toEqual(['', '', '', '']);
		expect(result.ok && result.card.idNumberInfo.currentProvinceName).toBe('Đà Nẵng');
	});

	test('the output text is NFC even when the input was decomposed', () => {
		const result = parseCccdQr(VALID_2021.normalize('NFD'), { today: TODAY });
		expect(result.ok && result.card.fullName).toBe('Nguyễn Văn An'.normalize('NFC'));
		expect(result.ok && result.card.fullName.length).toBe('Nguyễn Văn An'.normalize('NFC').length);
	});

	test('a repaired Latin-1 misread gives back the original Vietnamese text', () => {
		const misread = new TextDecoder('windows-1252').decode(
			new TextEncoder().encode(VALID_EMPTY_OLD_ID)
		);
		expect(misread).toContain('Tráº§n');
		const result = parseCccdQr(misread, { today: TODAY });
		expect(result.ok && result.card.fullName).toBe('Trần Thị Bình');
		expect(result.ok && result.card.address).toBe(
			'Ấp Ví Dụ, Xã Thử Nghiệm, Huyện Mẫu, TP. Hồ Chí Minh'
		);
	});

	test('a birth date later than today is flagged as a future date', () => {
		const result = parseCccdQr(VALID_2021, { today: new Date(1988, 0, 1) });
		expect(result.ok && result.warnings.map((w) => [w.code, w.field])).toEqual([
			['future-date', 'dateOfBirth'],
			['future-date', 'issueDate'],
		]);
	});

	test('errors point at the field concerned', () => {
		const result = parseCccdQr(VALID_2021.replace('012345678', '12'));
		expect(!result.ok && result.errors[0]).toMatchObject({
			code: 'id-number-format',
			field: 'oldIdNumber',
		});
	});

	test('inputs of the wrong type do not throw', () => {
		expect(parseCccdQr(undefined as unknown as string)).toMatchObject({
			ok: false,
			errors: [{ code: 'empty' }],
		});
		expect(parseCccdQr(42 as unknown as string).ok).toBe(false);
	});
});

describe('problem messages', () => {
	test('every code has a Vietnamese message that tells the user what to do', () => {
		const messages = [
			...Object.values(CCCD_ERROR_MESSAGES),
			...Object.values(CCCD_WARNING_MESSAGES),
		];
		expect(messages).toHaveLength(CCCD_ERROR_CODES.length + CCCD_WARNING_CODES.length);
		for (const m of messages) expect(m).toMatch(/Hãy /);
	});

	test('errors carry the standard message of their code', () => {
		const result = parseCccdQr('https://example.com');
		expect(!result.ok && result.errors[0]?.message).toBe(CCCD_ERROR_MESSAGES['not-cccd']);
	});
});
