/**
 * The campaign templates: one function per design, each returning a Scene built from the content
 * data. Same look everywhere: deep red ground, gold "CÁCH n", white title, a cream panel of key
 * points, the hotline on gold, a QR code to the page and a dark footer naming the site and the
 * legal source. DOM-free; text is measured with the Measure the caller passes.
 */
import type { MethodIcon } from '../../schemas/method.ts';
import { COLORS, STORY_SAFE, WORDING } from './design.ts';
import type { IconName } from './icons.ts';
import { qrMatrix } from './qr.ts';
import { buildWithFallback, SceneBuilder, type Rect, type Scene } from './scene.ts';
import { fitText, nfc, type FontWeight, type Measure } from './text.ts';

/** The slice of a method an image shows. */
export interface MethodCardData {
	number: number;
	shortTitle: string;
	keyPoints: readonly string[];
	icon: MethodIcon;
	/** Absolute URL the QR code opens. */
	url: string;
}

/**
 * Where to ask for help, as the gold box shows it: a verified hotline ("Tổng đài hỗ trợ",
 * "1900…"), or, when no number is verified, the advice to ask the commune police.
 */
export interface HotlineData {
	/** Line above the value, e.g. "Tổng đài hỗ trợ" or "Cần hỏi thêm?". */
	label: string;
	/** The number, or the place to ask. */
	value: string;
	name: string;
	hours: string;
	purpose: string;
}

/** What every template needs besides its own subject. */
export interface CampaignContext {
	siteName: string;
	/** Who publishes it (site.yaml `issuer.name`), printed under the site name in the footer. */
	issuer: string;
	hotline: HotlineData;
	/** The footer's source line, naming what this image's statements rest on ("Nguồn: …"). */
	source: string;
	/** A unit's own poster (the poster maker): its name and numbers take the help box's place. */
	unit?: UnitData | undefined;
}

/** A local unit as its poster shows it (checked by src/lib/infographics/poster.ts). */
export interface UnitData {
	name: string;
	/** One or two numbers, as the unit writes them. */
	phones: readonly string[];
	address?: string | undefined;
	/** A short local note ("Tiếp dân sáng thứ Bảy"). */
	note?: string | undefined;
}

export interface OverviewData {
	methods: ReadonlyArray<Pick<MethodCardData, 'number' | 'shortTitle' | 'icon'>>;
	url: string;
}

export interface HotlineCardData {
	main: HotlineData;
	others: ReadonlyArray<{ name: string; phone: string; purpose: string }>;
	url: string;
}

export interface OgData {
	title: string;
	description?: string | undefined;
	/** "CÁCH n" line above the title on method pages. */
	kicker?: string | undefined;
	/** Icon beside the kicker on method pages. */
	icon?: MethodIcon | undefined;
	/** Host shown at the bottom, e.g. "7cach.haiphong.example.vn". */
	host: string;
	/** The home preview lists these (the seven methods) in two columns under the title. */
	items?: readonly string[] | undefined;
}

/** A method page's title without the "Cách n:" the kicker above it already says. */
export function withoutKicker(title: string, kicker: string): string {
	const clean = nfc(title);
	const head = nfc(kicker).toLocaleLowerCase('vi');
	if (!clean.toLocaleLowerCase('vi').startsWith(head)) return clean;
	const rest = clean.slice(head.length).replace(/^\s*[:–—-]\s*/, '');
	return rest && rest !== clean.slice(head.length) ? rest : clean;
}

export interface RenderTarget {
	width: number;
	height: number;
	measure: Measure;
	/** True for PNG (snap QR modules to pixels), false for print. */
	snap: boolean;
	/** Phone stories: keep text out of the strips the app covers at the top and bottom. */
	story?: boolean;
}

const upper = (text: string): string => nfc(text).toLocaleUpperCase('vi');

/** Dark strip at the bottom: site name on the left, the sources of this image on the right. */
function footer(
	b: SceneBuilderWithSite,
	height: number,
	pad: number,
	size: number,
	textTop?: number
): void {
	const { width, height: H } = b.scene;
	const y = H - height;
	b.rect(0, y, width, height, COLORS.redDark);
	const row: Rect = {
		x: pad,
		y: textTop ?? y,
		w: (width - pad * 2) * 0.36 - 8,
		h: textTop === undefined ? height : size * 2.4,
	};
	b.text(
		'chân trang: tên trang',
		b.siteName,
		{ ...row, h: row.h / 2 },
		{
			weight: 700,
			color: COLORS.white,
			maxSize: size * 0.85,
			minSize: size * 0.6,
			lineHeight: 1.15,
			maxLines: 1,
			valign: 'bottom',
		}
	);
	b.text(
		'chân trang: đơn vị phát hành',
		b.issuer,
		{ ...row, y: row.y + row.h / 2, h: row.h / 2 },
		{
			weight: 400,
			color: COLORS.white,
			maxSize: size * 0.75,
			minSize: size * 0.55,
			lineHeight: 1.15,
			maxLines: 1,
			valign: 'top',
		}
	);
	b.text(
		'chân trang: nguồn',
		b.source,
		{ ...row, x: pad + (width - pad * 2) * 0.36 + 8, w: (width - pad * 2) * 0.64 - 8 },
		{
			weight: 400,
			color: COLORS.white,
			maxSize: size * 0.85,
			minSize: size * 0.62,
			lineHeight: 1.15,
			maxLines: 2,
			align: 'right',
			valign: 'middle',
		}
	);
}

/**
 * A story's footer: the dark strip reaches the bottom edge, its text sits just above the band the
 * app's reply bar covers. Returns the strip's top.
 */
function storyFooter(b: SceneBuilderWithSite, pad: number, size: number): void {
	const height = storyFooterHeight(size);
	footer(b, height, pad, size, b.scene.height - height + 14);
}

/** Height of a story's footer strip: its text (two rows) above the covered band, with margins. */
function storyFooterHeight(size: number): number {
	return STORY_SAFE.bottom + size * 2.4 + 28;
}

/** The builder carries the site name so the shared pieces need fewer arguments. */
class SceneBuilderWithSite extends SceneBuilder {
	readonly siteName: string;
	readonly issuer: string;
	readonly source: string;
	constructor(target: RenderTarget, ctx: CampaignContext) {
		super(target.width, target.height, COLORS.red, target.measure, target.snap);
		this.siteName = ctx.siteName;
		this.issuer = ctx.issuer;
		this.source = ctx.source;
	}
}

/** Draws a template on a fresh builder at each density `buildWithFallback` tries. */
function campaignScene(
	ctx: CampaignContext,
	target: RenderTarget,
	draw: (b: SceneBuilderWithSite, density: number) => void
): Scene {
	return buildWithFallback((density) => {
		const b = new SceneBuilderWithSite(target, ctx);
		draw(b, density);
		return b.finish();
	});
}

/** White disc with the method icon in red. */
function iconBadge(b: SceneBuilder, x: number, y: number, diameter: number, icon: IconName): void {
	b.circle(x + diameter / 2, y + diameter / 2, diameter / 2, COLORS.white);
	const size = diameter * 0.58;
	b.icon(x + (diameter - size) / 2, y + (diameter - size) / 2, size, icon, COLORS.red);
}

/** Gold box: "Tổng đài hỗ trợ", the number, and a pointer to the QR code beside it. */
function hotlineBox(
	b: SceneBuilder,
	box: Rect,
	hotline: HotlineData,
	scale: number,
	withCaption: boolean
): void {
	b.rect(box.x, box.y, box.w, box.h, COLORS.gold, 20 * scale);
	const pad = 24 * scale;
	const inner: Rect = { x: box.x + pad, y: box.y + pad, w: box.w - pad * 2, h: box.h - pad * 2 };
	const labelH = 38 * scale;
	const captionH = withCaption ? 66 * scale : 0;
	b.text(
		'tổng đài: nhãn',
		hotline.label,
		{ ...inner, h: labelH },
		{
			weight: 700,
			color: COLORS.navy,
			maxSize: 30 * scale,
			minSize: 22 * scale,
			lineHeight: 1.2,
			maxLines: 1,
		}
	);
	b.text(
		'tổng đài: số',
		hotline.value,
		{ ...inner, y: inner.y + labelH, h: inner.h - labelH - captionH },
		{
			weight: 800,
			color: COLORS.navy,
			maxSize: 96 * scale,
			minSize: 40 * scale,
			lineHeight: 1.1,
			maxLines: 1,
			valign: 'middle',
		}
	);
	if (withCaption) {
		b.text(
			'tổng đài: chỉ dẫn QR',
			WORDING.scanBeside,
			{ ...inner, y: inner.y + inner.h - captionH, h: captionH },
			{
				weight: 400,
				color: COLORS.navy,
				maxSize: 26 * scale,
				minSize: 18 * scale,
				lineHeight: 1.25,
				maxLines: 2,
				valign: 'bottom',
			}
		);
	}
}

/**
 * Gold box with a unit's name, numbers, address and note. Every part shrinks together (one
 * factor) until the whole fits, so an 80-character name and a 120-character address still stay
 * inside; each number is one unbroken line.
 */
function unitBox(b: SceneBuilder, box: Rect, unit: UnitData, scale: number): void {
	b.rect(box.x, box.y, box.w, box.h, COLORS.gold, 20 * scale);
	const pad = 20 * scale;
	const inner: Rect = { x: box.x + pad, y: box.y + pad, w: box.w - pad * 2, h: box.h - pad * 2 };
	const parts: Array<{
		label: string;
		text: string;
		weight: FontWeight;
		size: number;
		maxLines: number;
		lineHeight: number;
	}> = [
		{ label: 'đơn vị: tên', text: unit.name, weight: 800, size: 34, maxLines: 2, lineHeight: 1.2 },
		...unit.phones.map((phone) => ({
			label: 'đơn vị: số điện thoại',
			text: phone,
			weight: 800 as const,
			size: 48,
			maxLines: 1,
			lineHeight: 1.1,
		})),
		...(unit.address
			? [
					{
						label: 'đơn vị: địa chỉ',
						text: unit.address,
						weight: 400 as const,
						size: 24,
						maxLines: 2,
						lineHeight: 1.25,
					},
				]
			: []),
		...(unit.note
			? [
					{
						label: 'đơn vị: ghi chú',
						text: unit.note,
						weight: 700 as const,
						size: 24,
						maxLines: 2,
						lineHeight: 1.25,
					},
				]
			: []),
	];
	const gap = 6 * scale;
	const layout = (factor: number) => {
		const set = parts.map((part) => {
			const size = part.size * scale * factor;
			return fitText(
				part.text,
				{
					maxWidth: inner.w,
					maxHeight: Infinity,
					maxSize: size,
					minSize: size,
					weight: part.weight,
					lineHeight: part.lineHeight,
					maxLines: part.maxLines,
				},
				b.measure
			);
		});
		const height = set.reduce((sum, part) => sum + part.height, 0) + gap * (set.length - 1);
		return { set, height, fits: set.every((part) => part.fits) && height <= inner.h + 1e-6 };
	};
	let factor = 1;
	let fitted = layout(factor);
	while (!fitted.fits && factor > 0.4) {
		factor -= 0.02;
		fitted = layout(factor);
	}
	let y = inner.y + (inner.h - fitted.height) / 2;
	parts.forEach((part, index) => {
		const done = fitted.set[index]!;
		b.text(
			part.label,
			part.text,
			{ x: inner.x, y, w: inner.w, h: done.height },
			{
				weight: part.weight,
				color: COLORS.navy,
				maxSize: done.size,
				minSize: done.size,
				lineHeight: part.lineHeight,
				maxLines: part.maxLines,
			}
		);
		y += done.height + gap;
	});
	// The box itself is the limit: the parts above may each fit yet together overflow it.
	if (!fitted.fits) b.scene.problems.push('Hộp đơn vị: tên, số và địa chỉ không vừa.');
}

/** Cream panel with the key points, centred vertically in the space it is given. */
function keyPointsPanel(
	b: SceneBuilder,
	box: Rect,
	points: readonly string[],
	sizes: { max: number; min: number },
	scale: number
): void {
	b.rect(box.x, box.y, box.w, box.h, COLORS.cream, 24 * scale);
	const pad = 32 * scale;
	b.list(
		'ý chính',
		points,
		{ x: box.x + pad, y: box.y + pad, w: box.w - pad * 2, h: box.h - pad * 2 },
		{
			weight: 700,
			color: COLORS.navy,
			bulletColor: COLORS.red,
			maxSize: sizes.max,
			minSize: sizes.min,
			lineHeight: 1.25,
			gap: 0.55,
			valign: 'middle',
		}
	);
}

/** Gold "CÁCH n" on one line, centred vertically (it sits beside the icon badge). */
function methodLabel(
	b: SceneBuilder,
	number: number,
	box: Rect,
	sizes: { max: number; min: number }
): void {
	b.text('CÁCH n', WORDING.methodLabel(number), box, {
		weight: 800,
		color: COLORS.gold,
		maxSize: sizes.max,
		minSize: sizes.min,
		lineHeight: 1.0,
		maxLines: 1,
		valign: 'middle',
	});
}

/** The white title, in a box as tall as `maxLines` lines at full size (or `maxHeight`). */
function title(
	b: SceneBuilder,
	text: string,
	at: { x: number; y: number; w: number },
	style: { maxSize: number; minSize: number; lineHeight: number; maxLines: number },
	maxHeight = Infinity
): { height: number; size: number } {
	const h = Math.min(style.maxSize * style.lineHeight * style.maxLines, maxHeight);
	return b.text('tiêu đề', text, { ...at, h }, { weight: 800, color: COLORS.white, ...style });
}

/** Bottom row: the hotline box, then the QR code (a square as tall as the row) at its right end. */
function hotlineRow(
	b: SceneBuilder,
	row: Rect,
	gap: number,
	ctx: CampaignContext,
	scale: number,
	url: string
): void {
	const box = { x: row.x, y: row.y, w: row.w - row.h - gap, h: row.h };
	if (ctx.unit) unitBox(b, box, ctx.unit, scale);
	else hotlineBox(b, box, ctx.hotline, scale, true);
	b.qr(row.x + row.w - row.h, row.y, row.h, qrMatrix(url), COLORS.navy, COLORS.white);
}

/** Square feed card (1080 × 1080). */
export function methodSquare(
	method: MethodCardData,
	ctx: CampaignContext,
	target: RenderTarget
): Scene {
	return campaignScene(ctx, target, (b, density) => {
		const { width: W, height: H } = target;
		const s = W / 1080;
		const P = 64 * s;
		const footerH = 72 * s;
		const badge = 150 * s;
		const top = 56 * s;
		iconBadge(b, W - P - badge, top, badge, method.icon);
		methodLabel(
			b,
			method.number,
			{ x: P, y: top, w: W - 2 * P - badge - 24 * s, h: badge },
			{ max: 150 * s, min: 90 * s }
		);
		const titleTop = top + badge + 14 * s;
		const heading = title(
			b,
			method.shortTitle,
			{ x: P, y: titleTop, w: W - 2 * P },
			{ maxSize: [72, 64, 56, 48][density]! * s, minSize: 44 * s, lineHeight: 1.12, maxLines: 3 }
		);
		const rowH = (ctx.unit ? 290 : 236) * s;
		const rowTop = H - footerH - 32 * s - rowH;
		const panelTop = titleTop + heading.height + 28 * s;
		keyPointsPanel(
			b,
			{ x: P, y: panelTop, w: W - 2 * P, h: rowTop - 28 * s - panelTop },
			method.keyPoints,
			{
				max: 40 * s,
				min: [30, 26, 24, 22][density]! * s,
			},
			s
		);
		hotlineRow(b, { x: P, y: rowTop, w: W - 2 * P, h: rowH }, 24 * s, ctx, s, method.url);
		footer(b, footerH, P, 26 * s);
	});
}

/** Landscape card for link previews and landscape posts (1200 × 630). */
export function methodLink(
	method: MethodCardData,
	ctx: CampaignContext,
	target: RenderTarget
): Scene {
	return campaignScene(ctx, target, (b, density) => {
		const { width: W, height: H } = target;
		const P = 48;
		const footerH = 56;
		const colW = 300;
		const colX = W - P - colW;
		const bottom = H - footerH - 24;
		// Right column: QR with its caption, then the hotline at the bottom.
		const boxH = 132;
		const boxTop = bottom - boxH;
		const captionH = 30;
		const qrSize = Math.min(colW, boxTop - 16 - captionH - 4 - P);
		b.qr(colX + (colW - qrSize) / 2, P, qrSize, qrMatrix(method.url), COLORS.navy, COLORS.white);
		b.text(
			'chỉ dẫn QR',
			WORDING.scanToRead,
			{ x: colX, y: P + qrSize + 4, w: colW, h: captionH },
			{
				weight: 400,
				color: COLORS.white,
				maxSize: 22,
				minSize: 16,
				lineHeight: 1.25,
				maxLines: 1,
				align: 'center',
			}
		);
		hotlineBox(b, { x: colX, y: boxTop, w: colW, h: boxH }, ctx.hotline, 0.62, false);
		// Left column: icon, "CÁCH n", title, key points.
		const leftW = colX - 40 - P;
		const badge = 104;
		iconBadge(b, P, P, badge, method.icon);
		methodLabel(
			b,
			method.number,
			{ x: P + badge + 24, y: P, w: leftW - badge - 24, h: badge },
			{ max: 100, min: 64 }
		);
		const titleTop = P + badge + 16;
		const heading = title(
			b,
			method.shortTitle,
			{ x: P, y: titleTop, w: leftW },
			{ maxSize: [56, 50, 44, 40][density]!, minSize: 36, lineHeight: 1.12, maxLines: 3 }
		);
		const pointsTop = titleTop + heading.height + 20;
		b.list(
			'ý chính',
			method.keyPoints,
			{ x: P, y: pointsTop, w: leftW, h: bottom - pointsTop },
			{
				weight: 700,
				color: COLORS.white,
				bulletColor: COLORS.gold,
				maxSize: 30,
				minSize: [24, 21, 19, 18][density]!,
				lineHeight: 1.22,
				gap: 0.4,
				valign: 'top',
			}
		);
		footer(b, footerH, P, 22);
	});
}

/** Portrait layout for phone stories (1080 × 1920) and print (1080 × 1527, scaled to A4/A3). */
export function methodTall(
	method: MethodCardData,
	ctx: CampaignContext,
	target: RenderTarget
): Scene {
	return campaignScene(ctx, target, (b, density) => {
		const { width: W, height: H } = target;
		const P = 72;
		const story = target.story === true;
		const top = story ? STORY_SAFE.top : 64;
		const footerH = story ? storyFooterHeight(28) : 84;
		b.text(
			'tên trang',
			upper(ctx.siteName),
			{ x: P, y: top, w: W - 2 * P, h: 44 },
			{
				weight: 700,
				color: COLORS.gold,
				maxSize: 34,
				minSize: 24,
				lineHeight: 1.2,
				maxLines: 1,
			}
		);
		const badge = story ? 190 : 180;
		const rowTop = top + 64;
		iconBadge(b, W - P - badge, rowTop, badge, method.icon);
		methodLabel(
			b,
			method.number,
			{ x: P, y: rowTop, w: W - 2 * P - badge - 24, h: badge },
			{ max: story ? 180 : 170, min: 110 }
		);
		const titleTop = rowTop + badge + 24;
		const heading = title(
			b,
			method.shortTitle,
			{ x: P, y: titleTop, w: W - 2 * P },
			{
				maxSize: (story ? [88, 80, 72, 64] : [84, 76, 68, 60])[density]!,
				minSize: 56,
				lineHeight: 1.1,
				maxLines: 4,
			}
		);
		const rowH = ctx.unit ? (story ? 380 : 340) : story ? 300 : 270;
		const bottomTop = H - footerH - 40 - rowH;
		const panelTop = titleTop + heading.height + 36;
		keyPointsPanel(
			b,
			{ x: P, y: panelTop, w: W - 2 * P, h: bottomTop - 36 - panelTop },
			method.keyPoints,
			{
				max: story ? 54 : 48,
				min: [36, 32, 28, 26][density]!,
			},
			1.2
		);
		hotlineRow(b, { x: P, y: bottomTop, w: W - 2 * P, h: rowH }, 28, ctx, 1.15, method.url);
		if (story) storyFooter(b, P, 28);
		else footer(b, footerH, P, 28);
	});
}

/** Overview of the seven methods: phone story (1080 × 1920) and print poster. */
export function overviewTall(
	data: OverviewData,
	ctx: CampaignContext,
	target: RenderTarget
): Scene {
	return campaignScene(ctx, target, (b, density) => {
		const { width: W, height: H } = target;
		const P = 64;
		const story = target.story === true;
		const top = story ? STORY_SAFE.top : 60;
		const footerH = story ? storyFooterHeight(28) : 84;
		const heading = b.text(
			'tiêu đề',
			upper(ctx.siteName),
			{ x: P, y: top, w: W - 2 * P, h: 220 },
			{
				weight: 800,
				color: COLORS.gold,
				maxSize: (story ? [88, 84, 80, 76] : [100, 92, 84, 76])[density]!,
				minSize: 60,
				// Capitals with stacked marks (Ẩ, Ổ) rise well above the cap height: leave them room.
				lineHeight: 1.34,
				maxLines: 2,
			}
		);
		const leadTop = top + heading.height + 20;
		const lead = b.text(
			'lời dẫn',
			`${WORDING.overviewLead} ${WORDING.overviewAsk}`,
			{ x: P, y: leadTop, w: W - 2 * P, h: 140 },
			{
				weight: 400,
				color: COLORS.white,
				maxSize: 40,
				minSize: 30,
				lineHeight: 1.3,
				maxLines: story ? 2 : 3,
			}
		);
		const rowH = ctx.unit ? (story ? 360 : 320) : story ? 280 : 240;
		const bottomTop = H - footerH - 36 - rowH;
		const panelTop = leadTop + lead.height + 28;
		const panel: Rect = { x: P, y: panelTop, w: W - 2 * P, h: bottomTop - 32 - panelTop };
		b.rect(panel.x, panel.y, panel.w, panel.h, COLORS.cream, 24);
		const pad = 24;
		const count = Math.max(1, data.methods.length);
		const itemH = (panel.h - pad * 2) / count;
		data.methods.forEach((method, index) => {
			const y = panel.y + pad + index * itemH;
			const disc = Math.min(84, itemH * 0.8);
			const cy = y + itemH / 2;
			b.circle(panel.x + pad + disc / 2, cy, disc / 2, COLORS.red);
			b.text(
				`số ${method.number}`,
				String(method.number),
				{ x: panel.x + pad, y: cy - disc / 2, w: disc, h: disc },
				{
					weight: 800,
					color: COLORS.white,
					maxSize: disc * 0.6,
					minSize: disc * 0.4,
					lineHeight: 1.0,
					maxLines: 1,
					align: 'center',
					valign: 'middle',
				}
			);
			const iconSize = Math.min(64, itemH * 0.62);
			const iconX = panel.x + pad + disc + 20;
			b.icon(iconX, cy - iconSize / 2, iconSize, method.icon, COLORS.red);
			const textX = iconX + iconSize + 22;
			b.text(
				`cách ${method.number}`,
				method.shortTitle,
				{ x: textX, y: y + 4, w: panel.x + panel.w - pad - textX, h: itemH - 8 },
				{
					weight: 700,
					color: COLORS.navy,
					maxSize: story ? 46 : 42,
					minSize: [32, 28, 26, 24][density]!,
					lineHeight: 1.15,
					maxLines: 2,
					valign: 'middle',
				}
			);
		});
		hotlineRow(b, { x: P, y: bottomTop, w: W - 2 * P, h: rowH }, 28, ctx, 1.1, data.url);
		if (story) storyFooter(b, P, 28);
		else footer(b, footerH, P, 28);
	});
}

/** Hotline card (1080 × 1080): the national number big, what to call about, other numbers. */
export function hotlineSquare(
	data: HotlineCardData,
	ctx: CampaignContext,
	target: RenderTarget
): Scene {
	return campaignScene(ctx, target, (b, density) => {
		const { width: W, height: H } = target;
		const P = 64;
		const footerH = 72;
		const badge = 130;
		iconBadge(b, P, 56, badge, 'help');
		b.text(
			'tiêu đề',
			WORDING.helpTitle,
			{ x: P + badge + 28, y: 56, w: W - 2 * P - badge - 28, h: badge },
			{
				weight: 800,
				color: COLORS.gold,
				maxSize: 84,
				minSize: 56,
				lineHeight: 1.05,
				maxLines: 1,
				valign: 'middle',
			}
		);
		let y = 56 + badge + 24;
		const name = b.text(
			'tên tổng đài',
			data.main.name,
			{ x: P, y, w: W - 2 * P, h: 44 * 1.2 * 2 },
			{
				weight: 700,
				color: COLORS.white,
				maxSize: [40, 36, 32, 30][density]!,
				minSize: 28,
				lineHeight: 1.2,
				maxLines: 2,
			}
		);
		y += name.height + 20;
		const boxH = 210;
		b.rect(P, y, W - 2 * P, boxH, COLORS.gold, 24);
		b.text(
			'số tổng đài',
			data.main.value,
			{ x: P + 32, y: y + 16, w: W - 2 * P - 64, h: 140 },
			{
				weight: 800,
				color: COLORS.navy,
				maxSize: 140,
				minSize: 80,
				lineHeight: 1.0,
				maxLines: 1,
				align: 'center',
				valign: 'middle',
			}
		);
		b.text(
			'giờ',
			WORDING.hours(data.main.hours),
			{ x: P + 32, y: y + 154, w: W - 2 * P - 64, h: 44 },
			{
				weight: 400,
				color: COLORS.navy,
				maxSize: 30,
				minSize: 20,
				lineHeight: 1.2,
				maxLines: 1,
				align: 'center',
				valign: 'middle',
			}
		);
		y += boxH + 24;
		const purpose = b.text(
			'nội dung hỗ trợ',
			data.main.purpose,
			{ x: P, y, w: W - 2 * P, h: 36 * 1.3 * 3 },
			{
				weight: 400,
				color: COLORS.white,
				maxSize: [34, 30, 28, 26][density]!,
				minSize: 24,
				lineHeight: 1.3,
				maxLines: 3,
			}
		);
		y += purpose.height + 16;
		for (const other of data.others) {
			const digits = other.phone.replace(/\D/g, '');
			const label = other.name.replace(/\D/g, '').includes(digits)
				? other.name
				: `${other.name}: ${other.phone}`;
			const line = b.text(
				`số khác: ${other.name}`,
				label,
				{ x: P, y, w: W - 2 * P, h: 48 },
				{
					weight: 800,
					color: COLORS.gold,
					maxSize: 38,
					minSize: 26,
					lineHeight: 1.2,
					maxLines: 1,
				}
			);
			y += line.height + 4;
			const purpose = b.text(
				`số khác: việc cần gọi`,
				other.purpose,
				{ x: P, y, w: W - 2 * P, h: 30 * 1.3 * 2 },
				{
					weight: 400,
					color: COLORS.white,
					maxSize: [28, 26, 24, 22][density]!,
					minSize: 20,
					lineHeight: 1.3,
					maxLines: 2,
				}
			);
			y += purpose.height + 12;
		}
		// Bottom row: whatever height is left, QR on the right, the caution note beside it.
		const rowTop = y + 12;
		const rowBottom = H - footerH - 28;
		const qrSize = Math.min(220, rowBottom - rowTop);
		if (qrSize < 170) b.scene.problems.push('Ảnh tổng đài: không đủ chỗ cho mã QR.');
		b.qr(W - P - qrSize, rowBottom - qrSize, qrSize, qrMatrix(data.url), COLORS.navy, COLORS.white);
		const noteBox: Rect = { x: P, y: rowTop, w: W - 2 * P - qrSize - 28, h: rowBottom - rowTop };
		if (ctx.unit) {
			unitBox(b, noteBox, ctx.unit, 1);
			footer(b, footerH, P, 26);
			return;
		}
		const note = `${WORDING.scanToRead}.`;
		b.text('ghi chú', note, noteBox, {
			weight: 400,
			color: COLORS.white,
			maxSize: 26,
			minSize: [20, 19, 18, 17][density]!,
			lineHeight: 1.3,
			valign: 'bottom',
		});
		footer(b, footerH, P, 26);
	});
}

/** Open Graph preview of any page (1200 × 630). */
export function ogCard(data: OgData, ctx: CampaignContext, target: RenderTarget): Scene {
	return campaignScene(ctx, target, (b, density) => {
		const { width: W, height: H } = target;
		const P = 72;
		b.rect(0, 0, 20, H, COLORS.gold);
		// The home page's title is the site name: do not say it twice.
		const isHome =
			nfc(data.title).toLocaleLowerCase('vi') === nfc(ctx.siteName).toLocaleLowerCase('vi');
		b.text(
			'tên trang',
			isHome ? 'Đề án 06 · Nghị định 104/2022/NĐ-CP' : upper(ctx.siteName),
			{ x: P, y: 56, w: W - 2 * P - (data.icon ? 174 : 0), h: 48 },
			{
				weight: 700,
				color: COLORS.gold,
				maxSize: 36,
				minSize: 24,
				lineHeight: 1.2,
				maxLines: 1,
			}
		);
		let y = 140;
		const badge = 150;
		if (data.icon) iconBadge(b, W - P - badge, 40, badge, data.icon);
		if (data.kicker) {
			const kicker = b.text(
				'nhãn',
				data.kicker,
				{ x: P, y, w: W - 2 * P - (data.icon ? badge + 24 : 0), h: 80 },
				{
					weight: 800,
					color: COLORS.gold,
					maxSize: 72,
					minSize: 48,
					lineHeight: 1.05,
					maxLines: 1,
				}
			);
			y += kicker.height + 8;
		}
		const footerTop = H - 96;
		const heading = title(
			b,
			data.kicker ? withoutKicker(data.title, data.kicker) : data.title,
			{ x: P, y, w: W - 2 * P },
			{ maxSize: [84, 72, 64, 56][density]!, minSize: 44, lineHeight: 1.1, maxLines: 3 },
			footerTop - 20 - y
		);
		y += heading.height + 16;
		const room = footerTop - 16 - y;
		if (isHome && data.items?.length) {
			// The home preview names the seven ways, in two columns, in the space left.
			const rows = Math.ceil(data.items.length / 2);
			const colW = (W - 2 * P - 32) / 2;
			const rowH = room / rows;
			data.items.forEach((item, index) => {
				const col = Math.floor(index / rows);
				b.text(
					`mục ${index + 1}`,
					item,
					{ x: P + col * (colW + 32), y: y + (index % rows) * rowH, w: colW, h: rowH },
					{
						weight: 700,
						color: COLORS.white,
						maxSize: Math.min(32, rowH / 1.25),
						minSize: 20,
						lineHeight: 1.2,
						maxLines: 1,
						valign: 'middle',
					}
				);
			});
		} else if (data.description && room >= 36) {
			// Descriptions are optional on a preview: shown when they fit in two lines, else left out.
			const probe = new SceneBuilder(W, H, COLORS.red, target.measure, target.snap);
			probe.text('mô tả', data.description, { x: P, y, w: W - 2 * P, h: room }, descStyle);
			if (!probe.scene.problems.length) {
				b.text('mô tả', data.description, { x: P, y, w: W - 2 * P, h: room }, descStyle);
			}
		}
		b.rect(0, footerTop, W, H - footerTop, COLORS.redDark);
		b.text(
			'địa chỉ',
			data.host,
			{ x: P, y: footerTop + 12, w: (W - 2 * P) / 2, h: 38 },
			{
				weight: 700,
				color: COLORS.white,
				maxSize: 28,
				minSize: 18,
				lineHeight: 1.2,
				maxLines: 1,
				valign: 'bottom',
			}
		);
		// The issuer under the address: every image says who publishes it.
		b.text(
			'đơn vị phát hành',
			ctx.issuer,
			{ x: P, y: footerTop + 50, w: (W - 2 * P) / 2, h: 34 },
			{
				weight: 400,
				color: COLORS.white,
				maxSize: 22,
				minSize: 16,
				lineHeight: 1.2,
				maxLines: 1,
				valign: 'top',
			}
		);
		b.text(
			'nguồn',
			ctx.source,
			{ x: W / 2, y: footerTop, w: W / 2 - P, h: H - footerTop },
			{
				weight: 400,
				color: COLORS.white,
				maxSize: 26,
				minSize: 18,
				lineHeight: 1.2,
				maxLines: 2,
				align: 'right',
				valign: 'middle',
			}
		);
	});
}

const descStyle = {
	weight: 400,
	color: COLORS.white,
	maxSize: 32,
	minSize: 26,
	lineHeight: 1.3,
	maxLines: 2,
} as const;
