/**
 * Names of the pictures a slide can show (field `picture` in training-modules.yaml), kept apart
 * from the drawings so the data schema can check them without loading the picture code.
 */
export const SLIDE_PICTURES = [
	/** Thẻ căn cước 2024, front and back: QR and chip on the back. */
	'the-2024',
	/** Thẻ CCCD gắn chip 2021, front and back: QR on the front, chip on the back. */
	'the-2021',
	/** A phone reading the QR of a sample card: plain text, no digital signature. */
	'ma-qr',
	/** The practice slide: a sample card's QR large enough to scan from the back of the room. */
	'quet-the-mau',
	/** Card chip → online chip reader → population database. */
	'chip',
	/** The counter workflow: look the data up first, one paper only when that fails. */
	'quay',
	/** The VNeID path to the residence information. */
	'vneid',
	/** The papers a citizen may bring: CT07, the ID-number notice, the card. */
	'giay-to',
	/** The four data channels of Nghị định 104/2022. */
	'bon-kenh',
	/** The seven methods as numbered icons. */
	'bay-cach',
	/** The legal dates from 2021 to 2025. */
	'moc-thoi-gian',
	/** A scam call asking for the OTP. */
	'canh-bao',
	/** Role play at the counter: an officer and a citizen. */
	'dong-vai',
	/** The end-of-session quiz on a phone. */
	'kiem-tra',
	/** The 2025 merger: 63 provinces become 34. */
	'sap-xep',
	/** The fine from 15/12/2025. */
	'muc-phat',
] as const;

export type SlidePictureName = (typeof SLIDE_PICTURES)[number];

/** The picture of a method slide (methods 1–7). */
export const METHOD_PICTURES: Readonly<Record<number, SlidePictureName>> = {
	1: 'quay',
	2: 'the-2021',
	3: 'ma-qr',
	4: 'chip',
	5: 'vneid',
	6: 'giay-to',
	7: 'giay-to',
};

/** The picture a slide shows: its own, else its method's. */
export function pictureName(slide: {
	picture?: SlidePictureName | undefined;
	method?: number | undefined;
}): SlidePictureName {
	const name =
		slide.picture ?? (slide.method === undefined ? undefined : METHOD_PICTURES[slide.method]);
	if (!name) throw new Error('Trang chiếu không có hình (`picture`).');
	return name;
}
