/**
 * Text decoding for QR payloads.
 *
 * Card QRs hold UTF-8 bytes without an ECI header (spec §1.3), so decoders that guess a charset
 * produce mojibake: Latin-1/CP1252 guesses are lossless and can be undone; Big5/Shift_JIS guesses
 * lose bytes (U+FFFD, CJK ideographs) and cannot.
 */

export type DecodeTextResult =
	| { ok: true; text: string; repaired: boolean }
	| { ok: false; reason: 'invalid-utf8' | 'lossy-mojibake' };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

// CP1252 puts printable characters in 0x80–0x9F where Latin-1 has C1 controls; map them back.
const CP1252_REVERSE: ReadonlyMap<number, number> = new Map([
	[0x20ac, 0x80],
	[0x201a, 0x82],
	[0x0192, 0x83],
	[0x201e, 0x84],
	[0x2026, 0x85],
	[0x2020, 0x86],
	[0x2021, 0x87],
	[0x02c6, 0x88],
	[0x2030, 0x89],
	[0x0160, 0x8a],
	[0x2039, 0x8b],
	[0x0152, 0x8c],
	[0x017d, 0x8e],
	[0x2018, 0x91],
	[0x2019, 0x92],
	[0x201c, 0x93],
	[0x201d, 0x94],
	[0x2022, 0x95],
	[0x2013, 0x96],
	[0x2014, 0x97],
	[0x02dc, 0x98],
	[0x2122, 0x99],
	[0x0161, 0x9a],
	[0x203a, 0x9b],
	[0x0153, 0x9c],
	[0x017e, 0x9e],
	[0x0178, 0x9f],
]);

// Scripts that never occur in Vietnamese text but fill Big5/Shift_JIS/GBK misreads of UTF-8.
const LOSSY_MARKERS =
	/[\uFFFD\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** Decodes bytes as strict UTF-8 (a leading BOM is dropped). */
export function decodeUtf8(bytes: Uint8Array): string | null {
	try {
		return UTF8.decode(bytes);
	} catch {
		return null;
	}
}

/**
 * Undoes a UTF-8 → Latin-1/CP1252 misread ("Nguyá»…n" → "Nguyễn"). Returns null when the text is
 * not such a misread: a character outside CP1252, no byte ≥ 0x80, or bytes that are not UTF-8.
 */
export function repairLatin1Mojibake(text: string): string | null {
	const bytes = new Uint8Array(text.length);
	let high = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		let b: number | undefined;
		if (c <= 0xff) b = c;
		else b = CP1252_REVERSE.get(c);
		if (b === undefined) return null;
		if (b >= 0x80) high = true;
		bytes[i] = b;
	}
	if (!high) return null;
	const repaired = decodeUtf8(bytes);
	return repaired !== null && repaired !== text ? repaired : null;
}

/** True when the text shows signs of a lossy misread that cannot be undone. */
export function hasLossyMojibake(text: string): boolean {
	return LOSSY_MARKERS.test(text);
}

/** Turns bytes or an already-decoded string into trustworthy text, repairing what can be repaired. */
export function decodePayloadText(input: string | Uint8Array): DecodeTextResult {
	let text: string;
	if (typeof input === 'string') {
		text = input;
	} else {
		const decoded = decodeUtf8(input);
		if (decoded === null) return { ok: false, reason: 'invalid-utf8' };
		text = decoded;
	}
	if (hasLossyMojibake(text)) return { ok: false, reason: 'lossy-mojibake' };
	const repaired = repairLatin1Mojibake(text);
	if (repaired !== null) {
		if (hasLossyMojibake(repaired)) return { ok: false, reason: 'lossy-mojibake' };
		return { ok: true, text: repaired, repaired: true };
	}
	return { ok: true, text, repaired: false };
}
