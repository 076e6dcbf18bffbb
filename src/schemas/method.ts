import { z } from 'astro/zod';

/** Who a method is for: the citizen proving something, the officer checking it, or both. */
export const audienceSchema = z.enum(['citizen', 'officer', 'both']);

/** Icons drawn for a method on cards and infographics (see src/lib/infographics/icons.ts). */
export const methodIconSchema = z.enum([
	'search',
	'card',
	'qr',
	'chip',
	'phone',
	'document',
	'id-number',
]);

/** A poster point: its short text and the claim it rests on. */
export const keyPointSchema = z.strictObject({
	/** Short text as printed (90 characters at most). */
	text: z.string().min(5).max(90),
	/** Id of the claim in `claims.yaml` that the text states. */
	claim: z.string(),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;

/**
 * One of the seven methods (`content/data/methods.yaml`). Pages, home cards, infographics and
 * training slides all read this one list, so an edit here updates every place it shows.
 */
export const methodSchema = z.strictObject({
	/** Position in the Hải Phòng dispatch (Công văn 165), 1–7: the site's numbering. */
	number: z.number().int().min(1).max(7),
	/** Position in Cục C06's 2022 list, for the cross-reference table. */
	c06Number: z.number().int().min(1).max(7),
	/** Which channel or document of Nghị định 104/2022/NĐ-CP the method rests on. */
	nd104Basis: z.string().min(5),
	/** The method's name as the 2023 dispatch words it (quoted on the overview and the method page). */
	dispatchTitle: z.string().min(10),
	/** The one short name used everywhere: card, page title, sidebar, infographic, slide. */
	shortTitle: z.string().min(3).max(48),
	/** One plain sentence on what the method is. */
	summary: z.string().min(20).max(220),
	/** Who uses it. */
	audience: audienceSchema,
	/** What is needed: card, app, device, account level. */
	needs: z.array(z.string().min(3)).min(1),
	/** Who it suits, in one plain sentence for the key-facts box ("Người có điện thoại…"). */
	forWhom: z.string().min(10).max(160),
	/** Cost and time, plainly ("Không mất phí, xong ngay tại quầy."). */
	costAndTime: z.strictObject({
		text: z.string().min(5).max(160),
		/** A claim the text rests on, when there is one (an uncertain one adds the marker). */
		claim: z.string().optional(),
	}),
	/**
	 * Two or three short points for posters, cards and slides. Each rests on a claim of
	 * `claims.yaml`; the build refuses a point whose claim is not `verified`.
	 */
	keyPoints: z.array(keyPointSchema).min(2).max(3),
	/**
	 * An open question that hangs over the whole method (e.g. whether a paper is still issued):
	 * the claim, and the advice cards and posters print instead of stating it.
	 */
	caveat: z
		.strictObject({
			/** Id of the uncertain claim in `claims.yaml`. */
			claim: z.string(),
			/** What to do about it, printed on cards and posters, e.g. "Hỏi Công an xã trước khi đi". */
			advice: z.string().min(10).max(90),
		})
		.optional(),
	/** Icon on cards and images. */
	icon: methodIconSchema,
	/** Slug of the page that explains the method, e.g. "cach-1". */
	page: z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, 'Dùng slug chữ thường, ví dụ "cach-1".'),
});

export type Method = z.infer<typeof methodSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type MethodIcon = z.infer<typeof methodIconSchema>;

/** Vietnamese labels for the audience values, shared by pages and images. */
export const AUDIENCE_LABELS: Record<Audience, string> = {
	citizen: 'Người dân',
	officer: 'Cán bộ tiếp nhận hồ sơ',
	both: 'Người dân và cán bộ',
};

/** Checks across the whole list: numbers 1–7 each exactly once, and unique pages. */
export function checkMethodList(methods: readonly Method[]): string[] {
	const problems: string[] = [];
	for (const key of ['number', 'c06Number', 'page'] as const) {
		const seen = new Map<unknown, number>();
		for (const method of methods) seen.set(method[key], (seen.get(method[key]) ?? 0) + 1);
		for (const [value, count] of seen) {
			if (count > 1)
				problems.push(`\`${key}\` ${String(value)} xuất hiện ${count} lần (phải duy nhất).`);
		}
	}
	const numbers = new Set(methods.map((method) => method.number));
	for (let n = 1; n <= 7; n++) {
		if (!numbers.has(n)) problems.push(`Thiếu cách số ${n} (\`number\`).`);
	}
	return problems;
}

/**
 * What cards, posters and slides print for a method: its key points, then the caveat's advice
 * (so an open question travels with the method wherever it is shown).
 */
export function methodPoints(method: Pick<Method, 'keyPoints' | 'caveat'>): string[] {
	return [
		...method.keyPoints.map((point) => point.text),
		...(method.caveat ? [method.caveat.advice] : []),
	];
}
