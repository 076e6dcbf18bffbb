/**
 * Turns what the QR reader found into one outcome for the UI. Worker-side only: it imports the
 * parser, which the page's initial JS must not pull in.
 */
import { parseCccdQr } from '../../lib/cccd/parse.ts';
import type { DecodeOutcome, QrPosition } from './protocol.ts';

/** The part of a found code the judgement needs (readQrCodes' QrCodeFound, in short). */
export interface FoundCode {
	bytes: Uint8Array;
	text: string;
	/** Its corners in the picture it was read from. */
	position?: QrPosition;
}

/**
 * Picks the first code that parses as a card; otherwise reports the most useful error: a damaged
 * card QR (shaped like one) beats "not a card", since the user is then holding the right thing.
 */
export function judgeCodes(codes: readonly FoundCode[], today?: Date): DecodeOutcome {
	return judge(codes, today).outcome;
}

/**
 * judgeCodes for codes read from a picture of `size` (in the pixels the reader saw): a card
 * outcome also says where its code is, so the page can outline it on the picture.
 */
export function judgeImage(
	codes: readonly FoundCode[],
	size: { width: number; height: number },
	today?: Date
): DecodeOutcome {
	const { outcome, code } = judge(codes, today);
	if (outcome.kind !== 'card' || !code?.position) return outcome;
	return {
		...outcome,
		spot: { width: size.width, height: size.height, position: code.position },
	};
}

function judge(
	codes: readonly FoundCode[],
	today: Date | undefined
): { outcome: DecodeOutcome; code?: FoundCode } {
	let best: DecodeOutcome | null = null;
	for (const code of codes) {
		const parsed = parseCccdQr(code.bytes.length > 0 ? code.bytes : code.text, options(today));
		if (parsed.ok) {
			return { outcome: { kind: 'card', card: parsed.card, warnings: parsed.warnings }, code };
		}
		const damaged = !parsed.errors.some((e) => e.code === 'not-cccd');
		if (best === null || damaged) best = { kind: 'invalid', errors: parsed.errors };
	}
	return { outcome: best ?? { kind: 'no-qr' } };
}

/** Parses typed or pasted text (a keyboard-wedge scanner ends it with Enter). */
export function judgeText(text: string, today?: Date): DecodeOutcome {
	const parsed = parseCccdQr(text, options(today));
	return parsed.ok
		? { kind: 'card', card: parsed.card, warnings: parsed.warnings }
		: { kind: 'invalid', errors: parsed.errors };
}

function options(today: Date | undefined) {
	return today === undefined ? {} : { today };
}
