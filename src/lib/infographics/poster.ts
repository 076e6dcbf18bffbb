/**
 * The poster maker's logic, DOM-free: which designs and formats there are, the check of what a
 * unit types (the same phone rule as contacts.yaml), and the scene of a unit's poster, built by
 * the campaign templates themselves. The browser worker and the build-time renderer both call
 * `posterScene`, so a poster made on the page is the picture the build would make.
 */
import { isPhoneNumber, PHONE_MESSAGE } from '../phone.ts';
import type { Catalog } from './catalog.ts';
import { PAPER_SIZES, PRINT_DESIGN_WIDTH, printDesignHeight } from './design.ts';
import { printVariant } from './print-variant.ts';
import type { Scene } from './scene.ts';
import {
	hotlineSquare,
	methodSquare,
	methodTall,
	overviewTall,
	type CampaignContext,
	type RenderTarget,
	type UnitData,
} from './templates.ts';
import { nfc, type Measure } from './text.ts';

/** The formats a unit can pick. */
export const POSTER_FORMATS = {
	vuong: { label: 'Vuông 1080 × 1080 (Facebook, Zalo)', width: 1080, height: 1080 },
	story: { label: 'Dọc 1080 × 1920 (tin, story)', width: 1080, height: 1920 },
	a4: { label: 'Áp phích A4', width: PRINT_DESIGN_WIDTH, height: printDesignHeight('a4') },
	a3: { label: 'Áp phích A3', width: PRINT_DESIGN_WIDTH, height: printDesignHeight('a3') },
} as const;

export type PosterFormat = keyof typeof POSTER_FORMATS;

export const POSTER_FORMAT_NAMES = Object.keys(POSTER_FORMATS) as PosterFormat[];

/** A design: "cach-1" … "cach-7", "tong-quan" (the seven methods) or "tong-dai" (where to ask). */
export type PosterDesign = `cach-${number}` | 'tong-quan' | 'tong-dai';

export interface DesignOption {
	id: PosterDesign;
	label: string;
	/** The formats this design is drawn for, first one preferred. */
	formats: readonly PosterFormat[];
	/** The page its QR code opens. */
	url: string;
}

/** Every design of the catalog, in the order the picker lists them. */
export function designOptions(catalog: Catalog): DesignOption[] {
	return [
		...catalog.methods.map((method) => ({
			id: `cach-${method.card.number}` as const,
			label: method.name,
			formats: POSTER_FORMAT_NAMES,
			url: method.card.url,
		})),
		{
			id: 'tong-quan',
			label: 'Tổng quan 7 cách',
			// Seven rows need a tall page.
			formats: ['story', 'a4', 'a3'],
			url: catalog.overview.data.url,
		},
		{
			id: 'tong-dai',
			label: 'Cần hỗ trợ? (số điện thoại)',
			formats: ['vuong', 'a4', 'a3'],
			url: catalog.hotlineCard.data.url,
		},
	];
}

/** Limits of what a unit types: enough for real names, short enough for the box. */
export const UNIT_LIMITS = { name: 80, address: 120, note: 100 } as const;

/** The form's fields as typed. */
export interface UnitForm {
	name: string;
	address: string;
	phone1: string;
	phone2: string;
	note: string;
}

export type UnitField = keyof UnitForm;

/** The unit to draw, or the message for each field that is not right (nothing is drawn then). */
export type UnitCheck =
	{ ok: true; unit: UnitData } | { ok: false; errors: Partial<Record<UnitField, string>> };

/** Checks the form: name and first number required, numbers by the contacts.yaml rule. */
export function checkUnit(form: UnitForm): UnitCheck {
	const errors: Partial<Record<UnitField, string>> = {};
	const name = nfc(form.name);
	const address = nfc(form.address);
	const note = nfc(form.note);
	const phone1 = nfc(form.phone1);
	const phone2 = nfc(form.phone2);
	if (!name) errors.name = 'Nhập tên đơn vị.';
	else if (name.length > UNIT_LIMITS.name)
		errors.name = `Tên đơn vị dài quá ${UNIT_LIMITS.name} ký tự: hãy viết gọn hơn.`;
	if (address.length > UNIT_LIMITS.address)
		errors.address = `Địa chỉ dài quá ${UNIT_LIMITS.address} ký tự: hãy viết gọn hơn.`;
	if (note.length > UNIT_LIMITS.note)
		errors.note = `Ghi chú dài quá ${UNIT_LIMITS.note} ký tự: hãy viết gọn hơn.`;
	if (!phone1) errors.phone1 = 'Nhập ít nhất một số điện thoại của đơn vị.';
	else if (!isPhoneNumber(phone1)) errors.phone1 = PHONE_MESSAGE;
	if (phone2 && !isPhoneNumber(phone2)) errors.phone2 = PHONE_MESSAGE;
	if (Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		unit: {
			name,
			phones: phone2 ? [phone1, phone2] : [phone1],
			...(address ? { address } : {}),
			...(note ? { note } : {}),
		},
	};
}

/** What the worker is asked to draw. */
export interface PosterRequest {
	design: PosterDesign;
	format: PosterFormat;
	unit: UnitData;
	/** The print-friendly variant: white ground, black text, one accent (print-variant.ts). */
	print?: boolean | undefined;
}

/**
 * The scene of a unit's poster. `snap` as the build sets it: true for PNG (QR modules on whole
 * pixels), false for the PDF. Throws for a design the catalog does not have or a format the
 * design is not drawn for.
 */
export function posterScene(
	catalog: Catalog,
	request: PosterRequest,
	measure: Measure,
	snap: boolean
): Scene {
	const scene = campaignPoster(catalog, request, measure, snap);
	return request.print ? printVariant(scene) : scene;
}

function campaignPoster(
	catalog: Catalog,
	request: PosterRequest,
	measure: Measure,
	snap: boolean
): Scene {
	const { design, format, unit } = request;
	const option = designOptions(catalog).find((d) => d.id === design);
	if (!option || !option.formats.includes(format)) {
		throw new Error(`Không có mẫu "${design}" ở khổ "${format}".`);
	}
	const { width, height } = POSTER_FORMATS[format];
	const target: RenderTarget = { width, height, measure, snap, story: format === 'story' };
	const withUnit = (ctx: CampaignContext): CampaignContext => ({ ...ctx, unit });
	if (design === 'tong-quan') {
		return overviewTall(catalog.overview.data, withUnit(catalog.overview.ctx), target);
	}
	if (design === 'tong-dai') {
		return hotlineSquare(catalog.hotlineCard.data, withUnit(catalog.hotlineCard.ctx), target);
	}
	const method = catalog.methods.find((m) => `cach-${m.card.number}` === design)!;
	const ctx = withUnit(method.ctx);
	return format === 'vuong'
		? methodSquare(method.card, ctx, target)
		: methodTall(method.card, ctx, target);
}

/** PDF paper for a print format, or undefined for the screen formats (PDF at their pixel size). */
export function posterPaper(format: PosterFormat): { width: number; height: number } {
	if (format === 'a4' || format === 'a3') return PAPER_SIZES[format];
	// Screen formats as a PDF: 1 px = 0.75 pt (96 dpi), the size a browser prints them.
	const { width, height } = POSTER_FORMATS[format];
	return { width: width * 0.75, height: height * 0.75 };
}

/** File name of a download: "ap-phich-cach-3-a4.pdf". */
export function posterFileName(
	request: Pick<PosterRequest, 'design' | 'format' | 'print'>,
	ext: 'png' | 'pdf'
): string {
	const variant = request.print ? '-tiet-kiem-muc' : '';
	return `ap-phich-${request.design}-${request.format}${variant}.${ext}`;
}
