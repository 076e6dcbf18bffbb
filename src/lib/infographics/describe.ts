/**
 * Names and text alternatives of the generated files, in plain Vietnamese. DOM-free; the
 * generator writes them into the manifest and the gallery shows them.
 */
import { IMAGE_FORMATS, PAPER_SIZES, type ImageFormat, type PaperSize } from './design.ts';
import { nfc } from './text.ts';

export interface DescribedMethod {
	number: number;
	shortTitle: string;
	keyPoints: readonly string[];
}

const sentence = (text: string): string => {
	const clean = nfc(text);
	return /[.!?…:]$/.test(clean) ? clean : `${clean}.`;
};

/** "Cách 1: Tra cứu dữ liệu dân cư trực tuyến". */
export function methodName(method: Pick<DescribedMethod, 'number' | 'shortTitle'>): string {
	return `Cách ${method.number}: ${nfc(method.shortTitle)}`;
}

/** "Tổng đài hỗ trợ 1900…" or "Cần hỏi thêm? Công an xã, phường": the gold box, in words. */
export interface DescribedHelp {
	label: string;
	value: string;
}

const helpSentence = (help: DescribedHelp): string =>
	sentence(`${nfc(help.label)} ${nfc(help.value)}`);

/** What a method card says, for alt text. */
export function methodAlt(method: DescribedMethod, help: DescribedHelp): string {
	return [
		`Ảnh tuyên truyền ${sentence(methodName(method))}`,
		...method.keyPoints.map(sentence),
		helpSentence(help),
		`Mã QR mở trang hướng dẫn Cách ${method.number}.`,
	].join(' ');
}

/** What the overview poster says, for alt text. */
export function overviewAlt(
	siteName: string,
	methods: ReadonlyArray<Pick<DescribedMethod, 'number' | 'shortTitle'>>,
	help: DescribedHelp
): string {
	const list = methods.map((m) => `${m.number}. ${nfc(m.shortTitle)}`).join('; ');
	return `Áp phích ${nfc(siteName)}: ${list}. ${helpSentence(help)} Mã QR mở trang chủ.`;
}

/** What the help card says, for alt text. */
export function hotlineAlt(help: DescribedHelp & { name: string; purpose: string }): string {
	return `Cần hỗ trợ? ${helpSentence(help)} ${sentence(help.name)} ${sentence(help.purpose)} Mã QR mở trang tổng đài và liên hệ.`;
}

/** Alt text of a page's link preview: the title and the site, without saying the site twice. */
export function ogAlt(title: string, description: string | undefined, siteName: string): string {
	const t = nfc(title);
	const site = nfc(siteName);
	if (t.toLocaleLowerCase('vi') === site.toLocaleLowerCase('vi')) {
		return description ? `${t}: ${nfc(description)}` : t;
	}
	return `${t} – ${site}`;
}

/** "Ảnh vuông 1080 × 1080" or "PDF A4". */
export function formatLabel(format: ImageFormat | PaperSize): string {
	if (format === 'a4' || format === 'a3') return `PDF ${PAPER_SIZES[format].label}`;
	const { label, width, height } = IMAGE_FORMATS[format];
	return `${label} ${width} × ${height}`;
}
