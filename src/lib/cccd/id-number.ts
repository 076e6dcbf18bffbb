/**
 * The 12-digit personal ID number (số định danh cá nhân): PPP G YY RRRRRR.
 *
 * PPP = province (or country) of birth registration, G = century and sex, YY = birth year within
 * the century, RRRRRR = random range. There is no check digit (Nghị định 137/2015/NĐ-CP Đ13).
 */
import { cccdError, cccdWarning, type CccdError, type CccdWarning } from './problems.ts';
import { findProvince } from './provinces.ts';

export type Gender = 'male' | 'female';

/**
 * Province code of the project's sample numbers. No province or country has it (Thông tư
 * 07/2016/TT-BCA Phụ lục 1 starts at 001), so a sample number can never be a real person's.
 */
export const SAMPLE_PROVINCE_CODE = '000';

export interface IdNumberInfo {
	/** The 12 digits, without spaces. */
	idNumber: string;
	provinceCode: string;
	/** Name the code was assigned to (pre-2025), or null for a code outside the 63-province table. */
	provinceName: string | null;
	/** Province holding that territory after the 2025 reorganisation, or null when unknown. */
	currentProvinceName: string | null;
	gender: Gender;
	birthYear: number;
	/** The last six digits. */
	serial: string;
	/** True for the project's sample numbers (province code 000), which belong to no one. */
	sample: boolean;
}

export type DecodeIdNumberResult =
	{ ok: true; info: IdNumberInfo; warnings: CccdWarning[] } | { ok: false; errors: CccdError[] };

export const ID_NUMBER_PATTERN = /^\d{12}$/;

/**
 * Decodes a 12-digit number. Spaces, dots and dashes between digit groups are ignored so that
 * hand-typed numbers ("001 088 012 345") work too. Never throws.
 */
export function decodeIdNumber(id: string): DecodeIdNumberResult {
	const compact = typeof id === 'string' ? id.trim().replace(/[\s.-]/g, '') : '';
	if (compact === '') return { ok: false, errors: [cccdError('empty', 'idNumber')] };
	if (!ID_NUMBER_PATTERN.test(compact)) {
		return { ok: false, errors: [cccdError('id-number-format', 'idNumber')] };
	}
	const provinceCode = compact.slice(0, 3);
	const g = Number(compact[3]);
	const yy = Number(compact.slice(4, 6));
	const province = findProvince(provinceCode);
	// 0/1 → 1900s, 2/3 → 2000s … 8/9 → 2300s: the law says 24th century, not the 1800s.
	const birthYear = 1900 + 100 * Math.floor(g / 2) + yy;
	const info: IdNumberInfo = {
		idNumber: compact,
		provinceCode,
		provinceName: province?.name ?? null,
		currentProvinceName: province?.current ?? null,
		gender: g % 2 === 0 ? 'male' : 'female',
		birthYear,
		serial: compact.slice(6),
		sample: provinceCode === SAMPLE_PROVINCE_CODE,
	};
	const warnings =
		province || info.sample ? [] : [cccdWarning('unknown-province-code', 'idNumber')];
	return { ok: true, info, warnings };
}
