/**
 * Deterministic fictitious citizens and their QR payloads, for sample cards, demos and tests.
 * DOM-free so the browser demo can generate the same people as the build.
 *
 * Everything is OBVIOUSLY fake: given names are words like "Mẫu", "Thử", "Giả Định", streets are
 * "Đường Ví Dụ", wards "Phường Thử Nghiệm". Every ID number and old CMND number starts with the
 * province code 000, which no province has (SAMPLE_PROVINCE_CODE), so none can be a real person's;
 * the rest follows the real structure (century/sex digit, birth year) so the decoder's consistency
 * checks still run on them.
 */
import type { CardGeneration } from './parse.ts';
import { SAMPLE_PROVINCE_CODE } from './id-number.ts';
import { PROVINCES } from './provinces.ts';

export type SyntheticGeneration = Exclude<CardGeneration, 'unknown'>;

export interface SyntheticCitizen {
	idNumber: string;
	/** '' when the person never had a 9-digit CMND. */
	oldIdNumber: string;
	fullName: string;
	/** ddmmyyyy, as in the QR. */
	dateOfBirth: string;
	gender: 'Nam' | 'Nữ';
	address: string;
	/** ddmmyyyy, as in the QR. */
	issueDate: string;
	/** The four trailing fields of a 2024 card ([] for 2021 cards). */
	extraFields: string[];
	cardGeneration: SyntheticGeneration;
}

export interface CitizenProfile {
	cardGeneration?: SyntheticGeneration;
	gender?: 'Nam' | 'Nữ';
	/** Born in [from, to] (inclusive years). */
	birthYears?: readonly [number, number];
	/** Force an empty old-ID field (otherwise: empty for people born from 2000). */
	emptyOldId?: boolean;
}

/** mulberry32: tiny, fast and good enough for test data; same sequence on every platform. */
export function createRng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE_MALE = ['Văn', 'Minh', 'Hữu', 'Đức'];
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thu', 'Mai'];
// The given name is always a word that says "sample/test": nobody is really called this.
const GIVEN = ['Mẫu', 'Thử', 'Giả Định', 'Ví Dụ', 'Thử Nghiệm', 'Minh Họa', 'Mô Phỏng', 'Giả Lập'];
const STREETS = ['Đường Ví Dụ', 'Phố Giả Định', 'Đường Mẫu Thử', 'Ngõ Minh Họa'];
const WARDS = ['Phường Thử Nghiệm', 'Xã Mẫu', 'Phường Giả Lập', 'Thị trấn Ví Dụ'];
const DISTRICTS = ['Quận Mẫu', 'Huyện Thử', 'Quận Giả Định', 'Huyện Minh Họa'];

function pick<T>(rng: () => number, list: readonly T[]): T {
	return list[Math.floor(rng() * list.length)]!;
}

function int(rng: () => number, min: number, max: number): number {
	return min + Math.floor(rng() * (max - min + 1));
}

function digits(rng: () => number, n: number): string {
	let s = '';
	for (let i = 0; i < n; i++) s += String(int(rng, 0, 9));
	return s;
}

function ddmmyyyy(y: number, m: number, d: number): string {
	return `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${y}`;
}

/** A random real calendar date in year y, between the given months. */
function randomDate(
	rng: () => number,
	y: number,
	fromMonth = 1,
	toMonth = 12
): [number, number, number] {
	const m = int(rng, fromMonth, toMonth);
	const d = int(rng, 1, new Date(Date.UTC(y, m, 0)).getUTCDate());
	return [y, m, d];
}

function fakeName(rng: () => number, gender: 'Nam' | 'Nữ'): string {
	return `${pick(rng, SURNAMES)} ${pick(rng, gender === 'Nam' ? MIDDLE_MALE : MIDDLE_FEMALE)} ${pick(rng, GIVEN)}`;
}

/** One fictitious citizen. */
export function generateCitizen(rng: () => number, profile: CitizenProfile = {}): SyntheticCitizen {
	const cardGeneration = profile.cardGeneration ?? (rng() < 0.5 ? 'cccd-2021' : 'can-cuoc-2024');
	const gender = profile.gender ?? (rng() < 0.5 ? 'Nam' : 'Nữ');
	const [fromYear, toYear] = profile.birthYears ?? [1950, 2008];
	if (toYear > 2020)
		throw new RangeError('Synthetic citizens must be born by 2020 (cards from 2021).');
	const province = pick(rng, PROVINCES);
	const [by, bm, bd] = randomDate(rng, int(rng, fromYear, toYear));
	const centuryDigit = 2 * Math.floor((by - 1900) / 100) + (gender === 'Nam' ? 0 : 1);
	const idNumber = `${SAMPLE_PROVINCE_CODE}${centuryDigit}${String(by % 100).padStart(2, '0')}000${digits(rng, 3)}`;
	const emptyOldId = profile.emptyOldId ?? by >= 2000;
	const oldIdNumber = emptyOldId ? '' : `${SAMPLE_PROVINCE_CODE}${digits(rng, 6)}`;

	// 2021 chip cards: Jan 2021 – Jun 2024; 2024 cards: from Jul 2024 (fixed ranges keep output stable).
	const [iy, im, id] =
		cardGeneration === 'cccd-2021'
			? (() => {
					const y = Math.max(2021, int(rng, 2021, 2024));
					return randomDate(rng, y, 1, y === 2024 ? 6 : 12);
				})()
			: (() => {
					const y = int(rng, 2024, 2025);
					return randomDate(rng, y, y === 2024 ? 7 : 1, y === 2024 ? 12 : 6);
				})();
	// Profiles never ask for births after 2020, so the issue date (2021+) always follows the birth.
	const [fy, fm, fd] = [iy, im, id];

	const address =
		cardGeneration === 'cccd-2021'
			? `Số ${int(rng, 1, 199)} ${pick(rng, STREETS)}, ${pick(rng, WARDS)}, ${pick(rng, DISTRICTS)}, ${province.name}`
			: `Tổ ${int(rng, 1, 30)}, ${pick(rng, WARDS)}, ${pick(rng, DISTRICTS)}, ${province.name}`;

	let extraFields: string[] = [];
	if (cardGeneration === 'can-cuoc-2024') {
		// Spec §2: four trailing fields, empty for adults; hypothesised as cancelled ID, father,
		// mother, unknown. Children under 14 get their (fake) parents' names.
		const minor = fy - by < 14;
		extraFields = minor ? ['', fakeName(rng, 'Nam'), fakeName(rng, 'Nữ'), ''] : ['', '', '', ''];
	}

	return {
		idNumber,
		oldIdNumber,
		fullName: fakeName(rng, gender),
		dateOfBirth: ddmmyyyy(by, bm, bd),
		gender,
		address,
		issueDate: ddmmyyyy(fy, fm, fd),
		extraFields,
		cardGeneration,
	};
}

/** `count` citizens from one seed: the same seed always gives the same people. */
export function generateCitizens(
	seed: number,
	count: number,
	profile: CitizenProfile = {}
): SyntheticCitizen[] {
	const rng = createRng(seed);
	return Array.from({ length: count }, () => generateCitizen(rng, profile));
}

/** The QR text of a card: 7 fields (2021) or 11 (2024), pipe-separated, no trailing newline. */
export function buildCccdPayload(c: SyntheticCitizen): string {
	return [
		c.idNumber,
		c.oldIdNumber,
		c.fullName,
		c.dateOfBirth,
		c.gender,
		c.address,
		c.issueDate,
		...c.extraFields,
	].join('|');
}

export interface SampleCard {
	/** 1-based, used in file names (the-mau-1.png …). */
	index: number;
	citizen: SyntheticCitizen;
	payload: string;
	/** What this sample demonstrates, in Vietnamese. */
	description: string;
}

/** The fixed set of sample cards the site shows: both generations, a minor, an empty old ID. */
export function sampleCards(seed = 20_240_701): SampleCard[] {
	const rng = createRng(seed);
	const specs: { profile: CitizenProfile; description: string }[] = [
		{
			profile: { cardGeneration: 'cccd-2021', gender: 'Nam', birthYears: [1960, 1990] },
			description: 'Thẻ CCCD gắn chip (mẫu 2021), nam, có số CMND cũ',
		},
		{
			profile: {
				cardGeneration: 'cccd-2021',
				gender: 'Nữ',
				birthYears: [2000, 2005],
				emptyOldId: true,
			},
			description: 'Thẻ CCCD gắn chip (mẫu 2021), nữ, sinh sau năm 2000, không có số CMND cũ',
		},
		{
			profile: { cardGeneration: 'can-cuoc-2024', gender: 'Nữ', birthYears: [1970, 1995] },
			description: 'Thẻ căn cước (mẫu 2024), nữ, có số CMND cũ, 4 mục cuối để trống',
		},
		{
			profile: {
				cardGeneration: 'can-cuoc-2024',
				gender: 'Nam',
				birthYears: [2012, 2016],
				emptyOldId: true,
			},
			description: 'Thẻ căn cước (mẫu 2024) của trẻ em dưới 14 tuổi, có họ tên cha mẹ',
		},
		{
			profile: { cardGeneration: 'can-cuoc-2024', gender: 'Nam', birthYears: [1950, 1965] },
			description: 'Thẻ căn cước (mẫu 2024), nam, người cao tuổi',
		},
		{
			profile: {
				cardGeneration: 'cccd-2021',
				gender: 'Nữ',
				birthYears: [1985, 1999],
				emptyOldId: true,
			},
			description: 'Thẻ CCCD gắn chip (mẫu 2021), để trống số CMND cũ',
		},
	];
	return specs.map((s, i) => {
		const citizen = generateCitizen(rng, s.profile);
		return {
			index: i + 1,
			citizen,
			payload: buildCccdPayload(citizen),
			description: s.description,
		};
	});
}
