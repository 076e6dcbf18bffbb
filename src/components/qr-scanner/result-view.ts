/**
 * View models for a decoded card: the field rows, the check list explaining the 12-digit number,
 * the decoder's notes and the sample residence form, masked or not. Pure: the custom element only
 * turns these into DOM, and Vitest covers the wording.
 */
import type { CccdCard, CccdWarning } from '../../lib/cccd/index.ts';
// mask.ts directly, not the index: the index would pull the decoder into the page's initial JS.
import { maskCard, maskDigits, maskName, type MaskedValue } from '../../lib/cccd/mask.ts';
import { CHECK_WORDS, DECODE_PROBLEMS, type CheckStatus, type Problem } from './messages.ts';
import type { DecodeOutcome } from './protocol.ts';

/** One value as drawn (`text`) and as read by screen readers (`spoken`). */
export interface ValueView {
	text: string;
	/** True when part of the value is hidden: `text` is then aria-hidden and `spoken` is read. */
	masked: boolean;
	spoken: string;
}

export interface FieldRow {
	key: string;
	label: string;
	value: ValueView;
}

export interface CheckItem {
	key: 'province' | 'gender-century' | 'birth-year' | 'serial' | 'dates';
	status: CheckStatus;
	/** The status word shown next to the item (Khớp / Không khớp / Cảnh báo). */
	word: string;
	/** Which digits, e.g. "3 số đầu: 030". */
	title: string;
	/** What they mean and whether the rest of the card agrees. */
	detail: string;
}

export interface FormRow {
	label: string;
	/** null: the QR does not hold it, the person fills it in. */
	value: ValueView | null;
}

export interface CardView {
	generation: string;
	fields: FieldRow[];
	checks: CheckItem[];
	/** The decoder's warnings, as plain sentences. */
	notes: string[];
	form: FormRow[];
}

const GENERATION: Readonly<Record<CccdCard['cardGeneration'], string>> = {
	'cccd-2021': 'Thẻ Căn cước công dân gắn chip (mẫu năm 2021, mã QR ở mặt trước).',
	'can-cuoc-2024': 'Thẻ căn cước (mẫu từ ngày 01/07/2024, mã QR ở mặt sau).',
	unknown: 'Mã QR có dạng của thẻ căn cước nhưng số mục khác thường.',
};

/** Labels of the four fields after the seventh on 2024 cards (usually empty for adults). */
const EXTRA_LABELS = [
	'Số định danh cá nhân đã hủy (nếu có)',
	'Họ và tên cha (thẻ của trẻ em)',
	'Họ và tên mẹ (thẻ của trẻ em)',
	'Mục thứ 11',
];

const NONE = 'Không có';
const EMPTY = 'Để trống';

function shown(text: string): ValueView {
	return { text, masked: false, spoken: text };
}

function fromMask(value: MaskedValue): ValueView {
	return value.masked
		? { text: value.text, masked: true, spoken: `Đã ẩn một phần: ${value.accessibleText}` }
		: shown(value.text);
}

/** YYYY-MM-DD → dd/mm/yyyy, the order printed on the card. */
export function formatDate(iso: string): string {
	const [y = '', m = '', d = ''] = iso.split('-');
	return `${d}/${m}/${y}`;
}

function genderText(gender: CccdCard['gender']): string {
	return gender === 'male' ? 'Nam' : 'Nữ';
}

function addressLabel(card: CccdCard): string {
	if (card.cardGeneration === 'cccd-2021') return 'Nơi thường trú';
	if (card.cardGeneration === 'can-cuoc-2024') return 'Nơi cư trú';
	return 'Nơi thường trú / Nơi cư trú';
}

function extraValue(value: string, index: number, reveal: boolean): ValueView {
	if (value === '') return shown(EMPTY);
	if (reveal) return shown(value);
	// Index 0 holds digits (a cancelled ID number); the others hold parents' names.
	return fromMask(index === 0 && /^\d+$/.test(value) ? maskDigits(value, 0, 2) : maskName(value));
}

/** The field rows, masked unless `reveal`. */
export function fieldRows(card: CccdCard, reveal: boolean): FieldRow[] {
	const m = maskCard(card);
	const pick = (masked: MaskedValue, plain: string): ValueView =>
		reveal ? shown(plain) : fromMask(masked);
	const rows: FieldRow[] = [
		{ key: 'idNumber', label: 'Số định danh cá nhân', value: pick(m.idNumber, card.idNumber) },
		{
			key: 'oldIdNumber',
			label: 'Số CMND cũ',
			value:
				card.oldIdNumber === null || m.oldIdNumber === null
					? shown(NONE)
					: pick(m.oldIdNumber, card.oldIdNumber),
		},
		{ key: 'fullName', label: 'Họ và tên', value: pick(m.fullName, card.fullName) },
		{
			key: 'dateOfBirth',
			label: 'Ngày sinh',
			value: pick(m.dateOfBirth, formatDate(card.dateOfBirth)),
		},
		{ key: 'gender', label: 'Giới tính', value: shown(genderText(card.gender)) },
		{ key: 'address', label: addressLabel(card), value: pick(m.address, card.address) },
		{ key: 'issueDate', label: 'Ngày cấp', value: pick(m.issueDate, formatDate(card.issueDate)) },
	];
	card.extraFields.forEach((value, i) => {
		rows.push({
			key: `extra-${i + 8}`,
			label: EXTRA_LABELS[i] ?? `Mục thứ ${i + 8}`,
			value: extraValue(value, i, reveal),
		});
	});
	return rows;
}

function status(s: CheckStatus): { status: CheckStatus; word: string } {
	return { status: s, word: CHECK_WORDS[s] };
}

/** "thế kỷ 20 (năm 1900–1999)" for the century a birth year falls in. */
export function centuryText(birthYear: number): string {
	const start = Math.floor(birthYear / 100) * 100;
	return `thế kỷ ${start / 100 + 1} (năm ${start}–${start + 99})`;
}

/**
 * The check list: what each part of the 12-digit number means and whether the other fields agree.
 * The last six digits are only shown when the card is revealed.
 */
export function idChecks(
	card: CccdCard,
	warnings: readonly CccdWarning[],
	reveal: boolean
): CheckItem[] {
	const info = card.idNumberInfo;
	const has = (code: CccdWarning['code']): boolean => warnings.some((w) => w.code === code);
	const items: CheckItem[] = [];

	const province = info.sample
		? `Mã ${info.provinceCode} là mã của số mẫu trên trang này: không tỉnh nào mang mã này, nên số mẫu không thể là số của ai.`
		: info.provinceName === null
			? `Mã ${info.provinceCode} không có trong danh sách 63 mã tỉnh, thành phố cũ (có thể là mã của người đăng ký khai sinh ở nước ngoài).`
			: info.currentProvinceName !== null && info.currentProvinceName !== info.provinceName
				? `Nơi đăng ký khai sinh: ${info.provinceName} (nay thuộc ${info.currentProvinceName}). Mã tỉnh hợp lệ.`
				: `Nơi đăng ký khai sinh: ${info.provinceName}. Mã tỉnh hợp lệ.`;
	items.push({
		key: 'province',
		...status(info.provinceName === null && !info.sample ? 'warning' : 'match'),
		title: `3 số đầu: ${info.provinceCode}`,
		detail: province,
	});

	const digit4 = card.idNumber.charAt(3);
	const idGender = genderText(info.gender);
	const genderOk = !has('id-gender-mismatch');
	items.push({
		key: 'gender-century',
		...status(genderOk ? 'match' : 'mismatch'),
		title: `Số thứ 4: ${digit4}`,
		detail:
			`Giới tính ${idGender}, sinh trong ${centuryText(info.birthYear)}. ` +
			(genderOk
				? `Khớp với giới tính ghi trên thẻ (${genderText(card.gender)}).`
				: `Trên thẻ lại ghi giới tính ${genderText(card.gender)}.`),
	});

	const yearOk = !has('id-birth-year-mismatch');
	items.push({
		key: 'birth-year',
		...status(yearOk ? 'match' : 'mismatch'),
		title: `Số thứ 5 và 6: ${card.idNumber.slice(4, 6)}`,
		detail:
			`Năm sinh ${info.birthYear}. ` +
			(yearOk
				? 'Khớp với năm sinh ghi trên thẻ.'
				: `Trên thẻ lại ghi năm sinh ${card.dateOfBirth.slice(0, 4)}.`),
	});

	items.push({
		key: 'serial',
		...status('match'),
		title: reveal ? `6 số cuối: ${info.serial}` : '6 số cuối (đang ẩn)',
		detail: 'Số ngẫu nhiên, không mang thông tin gì về người có thẻ. Đủ 6 chữ số.',
	});

	const datesBad = has('issue-before-birth') || has('future-date');
	items.push({
		key: 'dates',
		...status(datesBad ? 'mismatch' : 'match'),
		title: 'Ngày sinh và ngày cấp',
		detail: datesBad
			? 'Ngày cấp sớm hơn ngày sinh, hoặc có ngày nằm sau hôm nay.'
			: 'Ngày cấp sau ngày sinh, không có ngày nào nằm sau hôm nay.',
	});
	return items;
}

/** The residence declaration fields a QR can fill (họ tên … nơi thường trú); the rest stay blank. */
export function residenceForm(card: CccdCard, reveal: boolean): FormRow[] {
	const byKey = new Map(fieldRows(card, reveal).map((r) => [r.key, r.value]));
	const from = (key: string): ValueView | null => byKey.get(key) ?? null;
	return [
		{ label: 'Họ, chữ đệm và tên', value: from('fullName') },
		{ label: 'Ngày, tháng, năm sinh', value: from('dateOfBirth') },
		{ label: 'Giới tính', value: from('gender') },
		{ label: 'Số định danh cá nhân', value: from('idNumber') },
		{ label: 'Nơi thường trú', value: from('address') },
		{ label: 'Số điện thoại liên hệ', value: null },
		{ label: 'Nội dung đề nghị', value: null },
	];
}

/** Everything shown for a card that was read. */
export function cardView(
	card: CccdCard,
	warnings: readonly CccdWarning[],
	reveal: boolean
): CardView {
	return {
		generation: GENERATION[card.cardGeneration],
		fields: fieldRows(card, reveal),
		checks: idChecks(card, warnings, reveal),
		notes: warnings.map((w) => w.message),
		form: residenceForm(card, reveal),
	};
}

/** A failed outcome as a problem to announce; null for a card. */
export function problemFor(outcome: DecodeOutcome): (Problem & { details: string[] }) | null {
	switch (outcome.kind) {
		case 'card':
			return null;
		case 'no-qr':
			return { ...DECODE_PROBLEMS.noQr, details: [] };
		case 'image-error':
			return { ...DECODE_PROBLEMS.image, details: [] };
		case 'failure':
			return { ...DECODE_PROBLEMS.failure, details: [] };
		case 'invalid': {
			const codes = outcome.errors.map((e) => e.code);
			if (codes.includes('empty')) return { ...DECODE_PROBLEMS.empty, details: [] };
			if (codes.includes('not-cccd')) return { ...DECODE_PROBLEMS.notCard, details: [] };
			// Damaged or incomplete: the decoder's own sentences say which field.
			return {
				...DECODE_PROBLEMS.unreadable,
				details: [...new Set(outcome.errors.map((e) => e.message))],
			};
		}
	}
}
