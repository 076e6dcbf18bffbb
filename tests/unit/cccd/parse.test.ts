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
	SAMPLE_2021,
	SAMPLE_2024,
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

describe('parseCccdQr on control characters and stray separators', () => {
	test('a NUL inside the name is removed, with a warning on the name', () => {
		const result = parseCccdQr(SAMPLE_2021.replace('Văn', 'V\u0000ăn'), { today: TODAY });
		expect(result.ok && result.card.fullName).toBe('Nguyễn Văn An');
		expect(result.ok && result.warnings.map((w) => [w.code, w.field])).toEqual([
			['control-characters', 'fullName'],
		]);
	});

	test('control characters in raw bytes and in several fields give one warning per field', () => {
		const text = SAMPLE_2021.replace('000088012345', '0000880\u000712345')
			.replace('Phố', 'Ph\u200Bố')
			.replace('Quận', 'Qu\u0000ận');
		const result = parseCccdQr(new TextEncoder().encode(text), { today: TODAY });
		expect(result.ok && result.card.idNumber).toBe('000088012345');
		expect(result.ok && result.card.address).not.toMatch(/[\u0000-\u001F\u200B]/);
		expect(result.ok && result.warnings.map((w) => w.field)).toEqual(['idNumber', 'address']);
	});

	test('no field of any parsed card keeps a control or format character', () => {
		for (const ch of [
			'\u0000',
			'\u0001',
			'\u001B',
			'\u007F',
			'\u0085',
			'\u00AD',
			'\u202E',
			'\uFEFF',
		]) {
			const result = parseCccdQr(SAMPLE_2024.replace('Lê', `L${ch}ê`), { today: TODAY });
			expect(result.ok).toBe(true);
			if (!result.ok) continue;
			const all = [
				result.card.fullName,
				result.card.address,
				result.card.idNumber,
				...result.card.extraFields,
			].join('');
			expect(all).not.toMatch(/[\p{Cc}\p{Cf}]/u);
			expect(result.warnings.map((w) => w.code)).toContain('control-characters');
		}
	});

	test('an address holding "|" is joined back and reported with the field count, not as a bad date', () => {
		const result = parseCccdQr(SAMPLE_2021.replace('Số 1 Phố', 'Số 1 | Phố'), { today: TODAY });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.card.address).toBe('Số 1 | Phố Giả Định, Phường Mẫu, Quận Thử, Hà Nội');
		expect(result.card.issueDate).toBe('2021-05-20');
		expect(result.card.cardGeneration).toBe('cccd-2021');
		expect(result.warnings).toEqual([
			expect.objectContaining({ code: 'address-separator', field: 'address', fieldCount: 8 }),
		]);
		expect(result.warnings[0]!.message).toMatch(/8 mục thay vì 7/);
		expect(result.warnings[0]!.message).toContain('“|”');
	});

	test('a 2024 address holding two "|" keeps its four trailing fields', () => {
		const result = parseCccdQr(SAMPLE_2024.replace('Tổ 5,', 'Tổ 5 | Khu 2 |'), { today: TODAY });
		expect(result.ok && result.card.address).toBe(
			'Tổ 5 | Khu 2 | Phường Giả Lập, Quận Mẫu, Đà Nẵng'
		);
		expect(result.ok && result.card.extraFields).toEqual(['', '', '', '']);
		expect(result.ok && result.card.cardGeneration).toBe('can-cuoc-2024');
		expect(result.ok && result.warnings[0]?.message).toMatch(/13 mục thay vì 11/);
	});

	test('too many fields with no date to anchor on: a field-count error naming the count', () => {
		const result = parseCccdQr(SAMPLE_2021.replace('|20052021', '|x|y|z'), { today: TODAY });
		expect(!result.ok && result.errors.map((e) => [e.code, e.fieldCount])).toEqual([
			['field-count', 9],
		]);
		expect(!result.ok && result.errors[0]!.message).toMatch(/có 9 mục/);
		expect(!result.ok && result.errors.some((e) => e.code === 'date-invalid')).toBe(false);
	});

	test('too few fields: the count is in the message', () => {
		const result = parseCccdQr('000088012345|Nguyễn Văn An|15031988|Nam|Hà Nội|20052021');
		expect(!result.ok && result.errors[0]).toMatchObject({ code: 'field-count', fieldCount: 6 });
		expect(!result.ok && result.errors[0]!.message).toMatch(/chỉ có 6 mục/);
	});
});
