/**
 * Masking for showing a card on screen (e.g. a demo or a confirmation step) without exposing the
 * holder's personal data to onlookers or screenshots.
 *
 * Each value comes with the text to draw and a sentence for screen readers: reading "sao sao sao"
 * aloud is useless, so the UI should hide `text` from assistive tech (aria-hidden) and expose
 * `accessibleText` instead (visually hidden), which says what is shown and that the rest is "ẩn".
 */
import type { CccdCard } from './parse.ts';

export interface MaskedValue {
	/** What to display, with hidden characters replaced by MASK_CHAR. */
	text: string;
	/** True when part of the value is hidden. */
	masked: boolean;
	/** Vietnamese wording for screen readers, e.g. "bắt đầu 0010, kết thúc 45, 6 chữ số ẩn". */
	accessibleText: string;
}

export interface MaskedCard {
	idNumber: MaskedValue;
	oldIdNumber: MaskedValue | null;
	fullName: MaskedValue;
	dateOfBirth: MaskedValue;
	/** Not masked: it is already encoded in the ID number. */
	gender: MaskedValue;
	address: MaskedValue;
	issueDate: MaskedValue;
}

export const MASK_CHAR = '*';

function plain(text: string): MaskedValue {
	return { text, masked: false, accessibleText: text };
}

/** Keeps `head` leading and `tail` trailing digits: '001088012345' → '0010******45'. */
export function maskDigits(digits: string, head: number, tail: number): MaskedValue {
	if (digits.length <= head + tail) return plain(digits);
	const hidden = digits.length - head - tail;
	const start = digits.slice(0, head);
	const end = digits.slice(digits.length - tail);
	const parts: string[] = [];
	if (start) parts.push(`bắt đầu ${start}`);
	if (end) parts.push(`kết thúc ${end}`);
	parts.push(`${hidden} chữ số ẩn`);
	return {
		text: start + MASK_CHAR.repeat(hidden) + end,
		masked: true,
		accessibleText: parts.join(', '),
	};
}

/** Keeps each word's first letter: 'Nguyễn Văn An' → 'N***** V** A*'. */
export function maskName(name: string): MaskedValue {
	const words = name.split(/\s+/).filter(Boolean);
	if (words.length === 0) return plain('');
	// Spread to code points so a letter outside the BMP or a precomposed letter is never split.
	const masked = words.map((w) => {
		const chars = [...w];
		return (chars[0] ?? '') + MASK_CHAR.repeat(chars.length - 1);
	});
	const initials = words.map((w) => `${[...w][0] ?? ''}.`).join(' ');
	return {
		text: masked.join(' '),
		masked: true,
		accessibleText: `chữ cái đầu ${initials}, còn lại ẩn`,
	};
}

/** Keeps the year of an ISO date: '1988-03-15' → '**\/**\/1988' (shown in Vietnamese order). */
export function maskDate(iso: string): MaskedValue {
	const year = iso.slice(0, 4);
	return {
		text: `${MASK_CHAR}${MASK_CHAR}/${MASK_CHAR}${MASK_CHAR}/${year}`,
		masked: true,
		accessibleText: `năm ${year}, ngày và tháng ẩn`,
	};
}

/** Keeps the last comma-separated part (the province): '…, Quận Thử, Hà Nội' → '***, Hà Nội'. */
export function maskAddress(address: string): MaskedValue {
	const parts = address
		.split(',')
		.map((p) => p.trim())
		.filter(Boolean);
	const last = parts.at(-1);
	if (last === undefined) return plain('');
	if (parts.length === 1)
		return { text: MASK_CHAR.repeat(3), masked: true, accessibleText: 'địa chỉ ẩn' };
	return {
		text: `${MASK_CHAR.repeat(3)}, ${last}`,
		masked: true,
		accessibleText: `${last}, phần còn lại của địa chỉ ẩn`,
	};
}

/** Masks every personal field of a parsed card. */
export function maskCard(card: CccdCard): MaskedCard {
	return {
		// Keep the province and century/sex digits (not secret: they are on the card face) and two
		// digits so a user can tell which of their cards it is.
		idNumber: maskDigits(card.idNumber, 4, 2),
		oldIdNumber: card.oldIdNumber === null ? null : maskDigits(card.oldIdNumber, 0, 2),
		fullName: maskName(card.fullName),
		dateOfBirth: maskDate(card.dateOfBirth),
		gender: plain(card.gender === 'male' ? 'Nam' : 'Nữ'),
		address: maskAddress(card.address),
		issueDate: maskDate(card.issueDate),
	};
}
