/**
 * The class quiz without a server: question sets, their versions and the results code a phone
 * shows as a QR for the trainer to scan. DOM-free (the phone, the trainer's page, Node tests).
 *
 * ## Question sets
 * A set is an ordered list of question ids from the bank (content/data/questions.yaml), always in
 * the bank's page order (orderQuestions), so the phone, the trainer's statistics and the CSV number
 * the questions alike. Its id is also the short join code typed on a phone:
 * - `M<n>`: the questions of training module n (training-modules.yaml `questions`);
 * - `T<bits>`: a custom list; `<bits>` is a bit mask over the bank in page order (bit i = the i-th
 *   question), written in base 32 with the digits 0–9 A–V, lowest bits last. A bank that is
 *   reordered makes old custom ids mean other questions: their version then no longer matches.
 *
 * The version is CRC-32 (base 36) of "id=answer" for each question of the set, so a set whose
 * questions or correct answers were edited gets a new version and old results are refused.
 *
 * ## Results code (format 1)
 *     KQ1|<set id>|<version>|<answers>|<attempt>|<nickname>|<check>
 * - `KQ1`: "kết quả", format 1. A later format changes the digit; this reader refuses it.
 * - `<answers>`: one character per question of the set, in set order: A–D, or "-" for none.
 * - `<attempt>`: 5 random characters 0–9 A–Z made when the phone finishes. Not about the person:
 *   without it, two people who gave the same answers would show the same code and the trainer's
 *   page would count them once.
 * - `<nickname>`: optional, at most NICKNAME_MAX characters, no "|" and no control characters.
 * - `<check>`: CRC-32 of the UTF-8 bytes of everything before "|<check>", 8 hex digits
 *   (upper case). CRC-32 catches every change of one character (a burst of at most 32 bits).
 * Nothing else is in the code: no name, no device, no time.
 */

export type AnswerLetter = 'A' | 'B' | 'C' | 'D';
/** A participant's choice for one question: a letter or null when left unanswered. */
export type Choice = AnswerLetter | null;

export const RESULTS_MAGIC = 'KQ';
export const RESULTS_FORMAT = 1;
export const NICKNAME_MAX = 20;
export const ATTEMPT_LENGTH = 5;

const LETTERS: readonly AnswerLetter[] = ['A', 'B', 'C', 'D'];
const BASE32 = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
const ATTEMPT_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** What a set needs to know about one question. */
export interface SetQuestion {
	id: string;
	answer: AnswerLetter;
}

/** A question set as the pages use it: id (= join code), version, questions in order. */
export interface QuizSet {
	id: string;
	version: string;
	title: string;
	questionIds: string[];
}

/** What a results code carries once read. */
export interface QuizResult {
	setId: string;
	version: string;
	answers: Choice[];
	attempt: string;
	nickname: string;
}

export type ResultsError =
	/** A QR that is not a results code of this quiz (a web address, a card, another app's code). */
	| { kind: 'not-results' }
	/** A results code whose check digits, format or length do not add up. */
	| { kind: 'damaged'; reason: 'checksum' | 'format' | 'fields' | 'length' }
	/** A results code of another question set. */
	| { kind: 'other-set'; setId: string }
	/** A results code of this set made before (or after) its questions were edited. */
	| { kind: 'other-version'; version: string };

export type DecodeResult = { ok: true; result: QuizResult } | { ok: false; error: ResultsError };

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, the one in ZIP and PNG) of some bytes. */
export function crc32(bytes: Uint8Array): number {
	if (!crcTable) {
		crcTable = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			crcTable[n] = c >>> 0;
		}
	}
	let crc = 0xffffffff;
	for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The version of a set: changes whenever a question is added, removed, reordered or re-keyed. */
export function setVersion(questions: readonly SetQuestion[]): string {
	return crc32(utf8(questions.map((q) => `${q.id}=${q.answer}`).join(',')))
		.toString(36)
		.toUpperCase();
}

/** The id of a module's set. */
export function moduleSetId(moduleNumber: number): string {
	return `M${moduleNumber}`;
}

/** The id of a custom set: its questions as a bit mask over the bank (`bankIds` in page order). */
export function customSetId(bankIds: readonly string[], chosen: readonly string[]): string {
	const wanted = new Set(chosen);
	let mask = 0n;
	bankIds.forEach((id, i) => {
		if (wanted.has(id)) mask |= 1n << BigInt(i);
	});
	let digits = '';
	do {
		digits = BASE32[Number(mask & 31n)] + digits;
		mask >>= 5n;
	} while (mask > 0n);
	return `T${digits}`;
}

/**
 * The question ids of a set id, or null when the id names no set: an unknown module, a custom mask
 * with no question or with bits past the end of the bank.
 */
export function questionIdsOf(
	setId: string,
	bankIds: readonly string[],
	modules: ReadonlyMap<string, readonly string[]>
): string[] | null {
	const id = normaliseSetId(setId);
	if (id.startsWith('M')) {
		const ids = modules.get(id);
		if (!ids || ids.length === 0) return null;
		const wanted = new Set(ids);
		return bankIds.filter((q) => wanted.has(q));
	}
	if (!/^T[0-9A-V]+$/.test(id)) return null;
	let mask = 0n;
	for (const digit of id.slice(1)) mask = (mask << 5n) | BigInt(BASE32.indexOf(digit));
	if (mask === 0n || mask >> BigInt(bankIds.length) !== 0n) return null;
	return bankIds.filter((_, i) => (mask >> BigInt(i)) & 1n);
}

/** A join code as typed: spaces and dashes dropped, upper case. */
export function normaliseSetId(text: string): string {
	return text.replace(/[\s-]+/g, '').toUpperCase();
}

/** A nickname as it goes into the code: trimmed, single-spaced, no "|" or controls, capped. */
export function cleanNickname(text: string): string {
	const cleaned = text
		.replace(/[|\u0000-\u001f\u007f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return [...cleaned].slice(0, NICKNAME_MAX).join('').trim();
}

/** A fresh attempt code from `random` (0 ≤ x < 1; crypto-backed in the browser). */
export function newAttempt(random: () => number): string {
	let out = '';
	for (let i = 0; i < ATTEMPT_LENGTH; i++)
		out += ATTEMPT_DIGITS[Math.floor(random() * ATTEMPT_DIGITS.length) % ATTEMPT_DIGITS.length];
	return out;
}

function checkOf(body: string): string {
	return crc32(utf8(body)).toString(16).toUpperCase().padStart(8, '0');
}

/** The text of a results code (what the phone's QR holds). */
export function encodeResults(result: QuizResult): string {
	const answers = result.answers.map((a) => a ?? '-').join('');
	const body = [
		`${RESULTS_MAGIC}${RESULTS_FORMAT}`,
		result.setId,
		result.version,
		answers,
		result.attempt,
		cleanNickname(result.nickname),
	].join('|');
	return `${body}|${checkOf(body)}`;
}

/** Reads a results code without knowing the set (the format and check digits only). */
export function parseResults(text: string): DecodeResult {
	const damaged = (reason: 'checksum' | 'format' | 'fields' | 'length') =>
		({ ok: false, error: { kind: 'damaged', reason } }) as const;
	if (!/^KQ\d+\|/.test(text)) return { ok: false, error: { kind: 'not-results' } };
	const cut = text.lastIndexOf('|');
	const body = text.slice(0, cut);
	if (text.slice(cut + 1) !== checkOf(body)) return damaged('checksum');
	const fields = body.split('|');
	if (fields[0] !== `${RESULTS_MAGIC}${RESULTS_FORMAT}`) return damaged('format');
	if (fields.length !== 6) return damaged('fields');
	const [, setId = '', version = '', answers = '', attempt = '', nickname = ''] = fields;
	if (
		!/^(M\d+|T[0-9A-V]+)$/.test(setId) ||
		!/^[0-9A-Z]{1,7}$/.test(version) ||
		!/^[A-D-]+$/.test(answers) ||
		!new RegExp(`^[0-9A-Z]{${ATTEMPT_LENGTH}}$`).test(attempt) ||
		nickname !== cleanNickname(nickname)
	)
		return damaged('fields');
	return {
		ok: true,
		result: {
			setId,
			version,
			answers: [...answers].map((c) => (c === '-' ? null : (c as AnswerLetter))),
			attempt,
			nickname,
		},
	};
}

/** Reads a results code for the set being collected: refuses other sets and other versions. */
export function decodeResults(
	text: string,
	expected: Pick<QuizSet, 'id' | 'version' | 'questionIds'>
): DecodeResult {
	const parsed = parseResults(text);
	if (!parsed.ok) return parsed;
	const { result } = parsed;
	if (result.setId !== expected.id)
		return { ok: false, error: { kind: 'other-set', setId: result.setId } };
	if (result.version !== expected.version)
		return { ok: false, error: { kind: 'other-version', version: result.version } };
	if (result.answers.length !== expected.questionIds.length)
		return { ok: false, error: { kind: 'damaged', reason: 'length' } };
	return parsed;
}

/** Whether a string is one of the four answer letters. */
export function isAnswerLetter(value: string): value is AnswerLetter {
	return (LETTERS as readonly string[]).includes(value);
}

/**
 * The set a join code names, with its version computed from the bank as this page has it (so a
 * phone whose page is older than the trainer's gets another version), or null for no set.
 */
export function resolveSet(
	setId: string,
	bank: readonly SetQuestion[],
	modules: ReadonlyArray<Pick<QuizSet, 'id' | 'title' | 'questionIds'>>
): QuizSet | null {
	const id = normaliseSetId(setId);
	const ids = questionIdsOf(
		id,
		bank.map((q) => q.id),
		new Map(modules.map((m) => [m.id, m.questionIds]))
	);
	if (!ids) return null;
	const byId = new Map(bank.map((q) => [q.id, q]));
	const questions = ids.map((q) => byId.get(q)!);
	const title = modules.find((m) => m.id === id)?.title ?? `Bộ câu hỏi tự chọn (${ids.length} câu)`;
	return { id, version: setVersion(questions), title, questionIds: ids };
}
