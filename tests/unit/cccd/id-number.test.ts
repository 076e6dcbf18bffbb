import { describe, expect, test } from 'vitest';
import { decodeIdNumber, findProvince, PROVINCES } from '../../../src/lib/cccd/index.ts';

describe('decodeIdNumber', () => {
	test.each([
		['001088012345', '001', 'Hà Nội', 'Hà Nội', 'male', 1988],
		['079301000123', '079', 'TP. Hồ Chí Minh', 'TP. Hồ Chí Minh', 'female', 2001],
		['002195000001', '002', 'Hà Giang', 'Tuyên Quang', 'female', 1995],
		['046200000002', '046', 'Thừa Thiên Huế', 'Huế', 'male', 2000],
		['077450000003', '077', 'Bà Rịa - Vũng Tàu', 'TP. Hồ Chí Minh', 'male', 2150],
		['095699000004', '095', 'Bạc Liêu', 'Cà Mau', 'male', 2299],
		['036810000005', '036', 'Nam Định', 'Ninh Bình', 'male', 2310],
		['062901000006', '062', 'Kon Tum', 'Quảng Ngãi', 'female', 2301],
	])('%s is province %s (%s), now %s, %s, born %i', (id, code, name, current, gender, year) => {
		const result = decodeIdNumber(id);
		expect(result).toMatchObject({
			ok: true,
			info: {
				provinceCode: code,
				provinceName: name,
				currentProvinceName: current,
				gender,
				birthYear: year,
			},
			warnings: [],
		});
	});

	test('the century digits 8 and 9 mean the 2300s, not the 1800s', () => {
		const result = decodeIdNumber('001900000000');
		expect(result.ok && result.info.birthYear).toBe(2300);
	});

	test('spaces, dots and dashes typed between digit groups are ignored', () => {
		expect(decodeIdNumber('001 088 012 345')).toMatchObject({
			ok: true,
			info: { idNumber: '001088012345' },
		});
		expect(decodeIdNumber('001-088-012-345').ok).toBe(true);
	});

	test('an unknown province code decodes with a warning and no names', () => {
		const result = decodeIdNumber('099088012345');
		expect(result).toMatchObject({
			ok: true,
			info: { provinceName: null, currentProvinceName: null },
			warnings: [{ code: 'unknown-province-code' }],
		});
	});

	test.each(['', '   ', '12345', '0010880123456', '00108801234a', '００１０８８０１２３４５'])(
		'"%s" is rejected',
		(id) => {
			const result = decodeIdNumber(id);
			expect(result.ok).toBe(false);
			expect(!result.ok && result.errors[0]?.code).toMatch(/^(empty|id-number-format)$/);
		}
	);
});

describe('province table', () => {
	test('has the 63 pre-2025 provinces and maps them onto 34 current ones', () => {
		expect(PROVINCES).toHaveLength(63);
		expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(63);
		expect(new Set(PROVINCES.map((p) => p.current)).size).toBe(34);
	});

	test('unused codes such as 003 are not in the table', () => {
		expect(findProvince('003')).toBeUndefined();
		expect(findProvince('096')?.name).toBe('Cà Mau');
	});
});
