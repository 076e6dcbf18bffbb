/**
 * The synthetic sample cards offered by the scanner and the projector view, built at build time
 * from the shared generator (the same people as public/samples/, written by `npm run samples`).
 */
import { sampleCards } from '../../lib/cccd/synthetic.ts';

export interface SampleOption {
	/** 1-based, as in the file names (the-mau-1.png …). */
	index: number;
	/** Short label for a list: "Thẻ mẫu 1: CCCD gắn chip 2021, nam". */
	label: string;
	description: string;
	payload: string;
	/** Path of the card image under the site root, without the base. */
	imagePath: string;
	/** Path of the QR-only image under the site root, without the base. */
	qrPath: string;
}

const GENERATION_SHORT = {
	'cccd-2021': 'CCCD gắn chip 2021',
	'can-cuoc-2024': 'thẻ căn cước 2024',
} as const;

/** The sample cards in a fixed order. */
export function sampleOptions(): SampleOption[] {
	return sampleCards().map((s) => ({
		index: s.index,
		label: `Thẻ mẫu ${s.index}: ${GENERATION_SHORT[s.citizen.cardGeneration]}, ${s.citizen.gender.toLowerCase()}`,
		description: s.description,
		payload: s.payload,
		imagePath: `samples/the-mau-${s.index}.png`,
		qrPath: `samples/the-mau-${s.index}-qr.png`,
	}));
}

/** Reads the projector's `?mau=N` parameter: a valid 1-based index, else 1. */
export function sampleFromQuery(search: string, count: number): number {
	const raw = new URLSearchParams(search).get('mau');
	const n = raw === null ? NaN : Number(raw);
	return Number.isInteger(n) && n >= 1 && n <= count ? n : 1;
}

/** The next (step 1) or previous (step -1) sample, wrapping around. */
export function stepSample(current: number, step: 1 | -1, count: number): number {
	return ((((current - 1 + step) % count) + count) % count) + 1;
}
