/**
 * The trainer's collection of results codes for one set: each code counted once, refusals
 * explained in Vietnamese, and the list the page keeps in localStorage. DOM-free.
 */
import { decodeResults, type QuizResult, type QuizSet, type ResultsError } from './code.ts';

export type AddOutcome =
	| { kind: 'counted'; result: QuizResult; count: number }
	| { kind: 'duplicate'; result: QuizResult }
	| { kind: 'refused'; error: ResultsError };

export class ResultsLedger {
	readonly set: Pick<QuizSet, 'id' | 'version' | 'questionIds'>;
	readonly #codes = new Map<string, QuizResult>();

	constructor(set: Pick<QuizSet, 'id' | 'version' | 'questionIds'>, saved: readonly string[] = []) {
		this.set = set;
		// Saved codes go through the same checks: a stored list from an older set version is dropped.
		for (const text of saved) this.add(text);
	}

	/** Reads one QR text; a code already counted is a duplicate, whatever camera or photo it came from. */
	add(text: string): AddOutcome {
		const decoded = decodeResults(text, this.set);
		if (!decoded.ok) return { kind: 'refused', error: decoded.error };
		if (this.#codes.has(text)) return { kind: 'duplicate', result: decoded.result };
		this.#codes.set(text, decoded.result);
		return { kind: 'counted', result: decoded.result, count: this.#codes.size };
	}

	get size(): number {
		return this.#codes.size;
	}

	/** Every counted participant's choices, in the order they were counted. */
	answers() {
		return [...this.#codes.values()].map((r) => r.answers);
	}

	/** The counted codes, for storage. */
	codes(): string[] {
		return [...this.#codes.keys()];
	}

	clear(): void {
		this.#codes.clear();
	}
}

/** The localStorage key of a set's collected codes (one list per set and version). */
export function storageKey(set: Pick<QuizSet, 'id' | 'version'>): string {
	return `class-quiz:${set.id}:${set.version}`;
}

/** Reads a stored list; anything that is not a list of strings counts as nothing stored. */
export function parseStored(json: string | null): string[] {
	if (!json) return [];
	try {
		const value: unknown = JSON.parse(json);
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

/** The sentence for the live region after one code was read. */
export function outcomeMessage(outcome: AddOutcome): string {
	const who = (result: QuizResult) =>
		result.nickname
			? `"${result.nickname}" (mã lượt ${result.attempt})`
			: `mã lượt ${result.attempt}`;
	switch (outcome.kind) {
		case 'counted':
			return `Đã nhận kết quả ${who(outcome.result)}. Đã thu ${outcome.count} người.`;
		case 'duplicate':
			return `Mã này đã được tính rồi (${who(outcome.result)}), không tính thêm.`;
		case 'refused':
			return errorMessage(outcome.error);
	}
}

/** What a refused code means and what to do, in plain Vietnamese. */
export function errorMessage(error: ResultsError): string {
	switch (error.kind) {
		case 'not-results':
			return 'Đây không phải mã kết quả bài kiểm tra. Hãy quét mã hiện ở cuối bài làm trên điện thoại học viên.';
		case 'damaged':
			return 'Mã kết quả bị hỏng hoặc đọc sai. Nhờ học viên giữ yên điện thoại, tăng độ sáng màn hình rồi quét lại.';
		case 'other-set':
			return `Mã này là của bộ câu hỏi khác (mã bộ ${error.setId}), không tính vào bộ đang thu.`;
		case 'other-version':
			return 'Mã này là của phiên bản cũ hoặc khác của bộ câu hỏi này (câu hỏi đã được sửa), không tính. Nhờ học viên tải lại trang làm bài và làm lại.';
	}
}

/**
 * A code held in front of the camera is read on frame after frame: only its first sighting is
 * news. A code counts as new again once it has been out of view for `gapMs` (then a counted code
 * gets the "already counted" message, once).
 */
export class SightingFilter {
	readonly #lastSeen = new Map<string, number>();
	readonly #gapMs: number;

	constructor(gapMs = 2000) {
		this.#gapMs = gapMs;
	}

	/** The texts of one frame that were not in view just before (`now`: a monotonic clock, ms). */
	fresh(texts: readonly string[], now: number): string[] {
		const out: string[] = [];
		for (const text of new Set(texts)) {
			const last = this.#lastSeen.get(text);
			if (last === undefined || now - last > this.#gapMs) out.push(text);
			this.#lastSeen.set(text, now);
		}
		return out;
	}
}
