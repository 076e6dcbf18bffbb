/**
 * Parser for the text in the QR code printed on Vietnamese ID cards (CCCD gắn chip 2021 and thẻ
 * căn cước 2024): `id12|oldId|fullName|ddmmyyyy|Nam/Nữ|address|ddmmyyyy` plus, on 2024 cards,
 * four more fields (usually empty). See docs in /work/shared/research/cccd-qr-spec.md §1–§3.
 *
 * The payload is unauthenticated plain text: anyone can print such a QR. The checks here catch
 * misreads and typos, not forgeries.
 */
import { decodePayloadText, decodeUtf8 } from './charset.ts';
import { decodeIdNumber, type Gender, type IdNumberInfo } from './id-number.ts';
import {
	cccdError,
	cccdWarning,
	type CccdError,
	type CccdErrorCode,
	type CccdField,
	type CccdWarning,
} from './problems.ts';

export type CardGeneration = 'cccd-2021' | 'can-cuoc-2024' | 'unknown';

export interface CccdCard {
	/** Số định danh cá nhân, 12 digits. */
	idNumber: string;
	/** Số CMND cũ: 9 (or 12) digits, or null when the field is empty. */
	oldIdNumber: string | null;
	/** As stored in the population database: mixed case, NFC. */
	fullName: string;
	/** ISO date, YYYY-MM-DD. */
	dateOfBirth: string;
	gender: Gender;
	/** Nơi thường trú (2021) / nơi cư trú (2024), frozen at issuance: old province names stay. */
	address: string;
	/** ISO date, YYYY-MM-DD. */
	issueDate: string;
	/** Fields after the seventh, as given (2024 cards: four fields, empty for most adults). */
	extraFields: string[];
	/** 'cccd-2021' for 7 fields, 'can-cuoc-2024' for 11, 'unknown' for other counts. */
	cardGeneration: CardGeneration;
	idNumberInfo: IdNumberInfo;
}

export type ParseCccdResult =
	{ ok: true; card: CccdCard; warnings: CccdWarning[] } | { ok: false; errors: CccdError[] };

export interface ParseCccdOptions {
	/** "Today" for the future-date check; defaults to the current date. Handy for tests. */
	today?: Date;
}

const FIELD_SEPARATOR = '|';
// Other QR kinds people may scan by mistake: URLs, Wi-Fi, contacts, payment (EMVCo/VietQR) codes.
const FOREIGN_QR =
	/^(?:[a-z][a-z0-9+.-]*:\/\/|(?:wifi|mecard|matmsg|smsto|mailto|tel|sms|geo|begin):)/i;
const DATE_PATTERN = /^(\d{2})(\d{2})(\d{4})$/;
const OLD_ID_PATTERN = /^(?:\d{9}|\d{12})$/;
// C0/C1 controls and format characters (zero-width, bidi, soft hyphen): never part of card text.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

function fail(code: CccdErrorCode, field?: Parameters<typeof cccdError>[1]): ParseCccdResult {
	return { ok: false, errors: [cccdError(code, field)] };
}

/** ddmmyyyy → YYYY-MM-DD, or null when it is not a real calendar date. */
export function parseCardDate(value: string): string | null {
	const m = DATE_PATTERN.exec(value);
	if (!m) return null;
	const [, dd = '', mm = '', yyyy = ''] = m;
	const d = Number(dd);
	const mo = Number(mm);
	const y = Number(yyyy);
	if (y < 1800 || mo < 1 || mo > 12 || d < 1) return null;
	const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
	if (d > daysInMonth) return null;
	return `${yyyy}-${mm}-${dd}`;
}

function isoToday(today: Date): string {
	// Local calendar date: a card issued "today" in Vietnam must not look like it is in the future.
	const y = today.getFullYear();
	const m = String(today.getMonth() + 1).padStart(2, '0');
	const d = String(today.getDate()).padStart(2, '0');
	return `${String(y).padStart(4, '0')}-${m}-${d}`;
}

function looksForeign(text: string): boolean {
	return !text.includes(FIELD_SEPARATOR) || FOREIGN_QR.test(text);
}

/**
 * Parses an ID-card QR payload, given as text or as the raw bytes from the QR decoder (preferred:
 * the bytes are then decoded as strict UTF-8 here instead of trusting the decoder's charset guess).
 * Never throws.
 */
export function parseCccdQr(
	input: string | Uint8Array,
	options: ParseCccdOptions = {}
): ParseCccdResult {
	try {
		return parseUnsafe(input, options);
	} catch {
		// Defensive: every path above is meant to be total; this keeps the "never throws" promise
		// even for exotic inputs (e.g. a revoked ArrayBuffer).
		return fail('not-cccd');
	}
}

function parseUnsafe(input: unknown, options: ParseCccdOptions): ParseCccdResult {
	if (typeof input !== 'string' && !(input instanceof Uint8Array)) return fail('empty');
	const decoded = decodePayloadText(input);
	if (!decoded.ok) {
		// Garbage that is not even shaped like a card payload is "another QR", not a charset problem.
		const raw = typeof input === 'string' ? input : (decodeUtf8(input) ?? latin1(input));
		const trimmed = raw.trim();
		if (trimmed === '') return fail('empty');
		if (FOREIGN_QR.test(trimmed)) return fail('not-cccd');
		// A lossy misread can swallow separators, so do not require all seven fields here.
		const pipes = trimmed.split(FIELD_SEPARATOR).length - 1;
		if (/^\d{12}\|/.test(trimmed) || pipes >= 4) return fail('charset-unrecoverable');
		return fail('not-cccd');
	}

	// Scanners in keyboard-wedge mode append CR/LF; a BOM may survive some copy-pastes.
	const text = decoded.text
		.replace(/^\uFEFF/, '')
		.trim()
		.normalize('NFC');
	if (text === '') return fail('empty');
	if (looksForeign(text)) return fail('not-cccd');

	// split keeps empty fields (the old-ID field is often empty, 2024 extras usually are).
	const rawFields = text.split(FIELD_SEPARATOR);
	// Control and invisible formatting characters (NUL, zero-width, bidi overrides) have no place
	// on a card and could make a displayed name or address differ from what it says: strip them,
	// and warn so the reader compares with the card.
	const stripped = new Set<number>();
	const cleanFields = rawFields.map((f, i) => {
		const clean = f.replace(INVISIBLE, '');
		if (clean !== f) stripped.add(i);
		return clean;
	});
	const fields = cleanFields.map((f) => f.trim());
	const count = fields.length;
	if (count < 7)
		return { ok: false, errors: [cccdError('field-count', undefined, { fieldCount: count })] };

	// Where the issue date sits. A "|" inside the address splits it in two and pushes the issue
	// date one field right: without this, the reader is told the issue date is wrong when the
	// real cause is the address.
	let issueIndex = 6;
	if (count !== 7 && count !== 11 && parseCardDate(fields[6] ?? '') === null) {
		// The date is then last (2021 layout) or followed by the four 2024 extras.
		const candidates = [count - 1, count - 5].filter(
			(j) => j > 6 && parseCardDate(fields[j] ?? '') !== null
		);
		if (candidates.length !== 1) {
			return { ok: false, errors: [cccdError('field-count', undefined, { fieldCount: count })] };
		}
		issueIndex = candidates[0]!;
	}
	const [idField = '', oldIdField = '', nameField = '', dobField = '', genderField = ''] = fields;
	// Joined from the untrimmed pieces so spaces around a "|" inside the address are kept.
	const addressField = cleanFields.slice(5, issueIndex).join(FIELD_SEPARATOR).trim();
	const issueField = fields[issueIndex] ?? '';
	const extraFields = fields.slice(issueIndex + 1);
	const fieldOf = (i: number): CccdField =>
		i < 5
			? (['idNumber', 'oldIdNumber', 'fullName', 'dateOfBirth', 'gender'] as const)[i]!
			: i < issueIndex
				? 'address'
				: i === issueIndex
					? 'issueDate'
					: 'extraFields';

	const errors: CccdError[] = [];
	const idResult = decodeIdNumber(idField);
	// decodeIdNumber tolerates spaces for typed input; a QR field must be exactly 12 digits.
	if (!/^\d{12}$/.test(idField) || !idResult.ok)
		errors.push(cccdError('id-number-format', 'idNumber'));
	if (oldIdField !== '' && !OLD_ID_PATTERN.test(oldIdField)) {
		errors.push(cccdError('id-number-format', 'oldIdNumber'));
	}
	if (nameField === '') errors.push(cccdError('name-missing', 'fullName'));
	const dateOfBirth = parseCardDate(dobField);
	if (dateOfBirth === null) errors.push(cccdError('date-invalid', 'dateOfBirth'));
	const issueDate = parseCardDate(issueField);
	if (issueDate === null) errors.push(cccdError('date-invalid', 'issueDate'));
	let gender: Gender | null = null;
	if (genderField === 'Nam') gender = 'male';
	else if (genderField === 'Nữ') gender = 'female';
	else errors.push(cccdError('gender-invalid', 'gender'));

	if (
		errors.length > 0 ||
		!idResult.ok ||
		dateOfBirth === null ||
		issueDate === null ||
		gender === null
	) {
		return { ok: false, errors };
	}

	const warnings: CccdWarning[] = [];
	for (const field of new Set([...stripped].map(fieldOf))) {
		warnings.push(cccdWarning('control-characters', field));
	}
	if (decoded.repaired) warnings.push(cccdWarning('charset-repaired'));
	const info = idResult.info;
	warnings.push(...idResult.warnings);
	if (info.gender !== gender) warnings.push(cccdWarning('id-gender-mismatch', 'gender'));
	if (info.birthYear !== Number(dateOfBirth.slice(0, 4))) {
		warnings.push(cccdWarning('id-birth-year-mismatch', 'dateOfBirth'));
	}
	// ISO strings compare correctly as strings.
	if (issueDate < dateOfBirth) warnings.push(cccdWarning('issue-before-birth', 'issueDate'));
	const today = isoToday(options.today ?? new Date());
	if (dateOfBirth > today) warnings.push(cccdWarning('future-date', 'dateOfBirth'));
	if (issueDate > today) warnings.push(cccdWarning('future-date', 'issueDate'));

	let cardGeneration: CardGeneration = 'unknown';
	if (extraFields.length === 0) cardGeneration = 'cccd-2021';
	else if (extraFields.length === 4) cardGeneration = 'can-cuoc-2024';
	if (issueIndex > 6) {
		warnings.push(
			cccdWarning('address-separator', 'address', {
				fieldCount: count,
				expectedFieldCount: count - (issueIndex - 6),
			})
		);
	} else if (cardGeneration === 'unknown') {
		warnings.push(cccdWarning('field-count-unexpected', 'extraFields', { fieldCount: count }));
	}

	return {
		ok: true,
		card: {
			idNumber: idField,
			oldIdNumber: oldIdField === '' ? null : oldIdField,
			fullName: nameField,
			dateOfBirth,
			gender,
			address: addressField,
			issueDate,
			extraFields,
			cardGeneration,
			idNumberInfo: info,
		},
		warnings,
	};
}

function latin1(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return s;
}
