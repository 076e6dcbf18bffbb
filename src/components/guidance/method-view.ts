/**
 * View models for the seven methods: the home cards, the overview table and the facts shown on
 * each method page. Pure functions over `methods.yaml` data so they can be unit-tested without Astro.
 */
import { AUDIENCE_LABELS, type Audience, type Method } from '../../schemas/method.ts';
import { withBase } from '../../lib/base-path.ts';

/** Root-relative page path with trailing slash, under the site's base path. */
export function pagePath(slug: string, base = '/'): string {
	const clean = slug.replace(/^\/+|\/+$/g, '');
	return withBase(clean ? `/${clean}/` : '/', base);
}

/** Methods in the site's (Hải Phòng) order. */
export function byNumber<T extends Pick<Method, 'number'>>(methods: readonly T[]): T[] {
	return [...methods].sort((a, b) => a.number - b.number);
}

export interface MethodCardView {
	number: number;
	/** "Cách 3": the label people see on posters. */
	label: string;
	shortTitle: string;
	summary: string;
	audience: Audience;
	audienceLabel: string;
	href: string;
	/** An open question over the whole method: advice to print, and the claim for the marker. */
	caveat?: { claim: string; advice: string };
}

/** One card per method, in order, linking to the method's page. */
export function methodCards(methods: readonly Method[], base = '/'): MethodCardView[] {
	return byNumber(methods).map((method) => ({
		number: method.number,
		label: `Cách ${method.number}`,
		shortTitle: method.shortTitle,
		summary: method.summary,
		audience: method.audience,
		audienceLabel: AUDIENCE_LABELS[method.audience],
		href: pagePath(method.page, base),
		...(method.caveat ? { caveat: method.caveat } : {}),
	}));
}

export interface CrossReferenceRow {
	number: number;
	shortTitle: string;
	href: string;
	c06Number: number;
	nd104Basis: string;
}

/** Hải Phòng numbering ↔ Cục C06 2022 numbering ↔ Nghị định 104 channel, in Hải Phòng order. */
export function crossReference(methods: readonly Method[], base = '/'): CrossReferenceRow[] {
	return byNumber(methods).map((method) => ({
		number: method.number,
		shortTitle: method.shortTitle,
		href: pagePath(method.page, base),
		c06Number: method.c06Number,
		nd104Basis: method.nd104Basis,
	}));
}

/** Finds method `number`, or fails the build with a message that names the page's mistake. */
export function findMethod<T extends Pick<Method, 'number'>>(
	methods: readonly T[],
	number: number
): T {
	const method = methods.find((candidate) => candidate.number === number);
	if (!method) {
		throw new Error(
			`MethodFacts: không có cách số ${number} trong content/data/methods.yaml (chỉ có ${methods
				.map((m) => m.number)
				.join(', ')}).`
		);
	}
	return method;
}

/** Plain sentence saying who does what with a method, shown under "Ai sử dụng". */
export const AUDIENCE_SENTENCES: Record<Audience, string> = {
	citizen: 'Người dân tự dùng cách này khi làm thủ tục hoặc khi được yêu cầu.',
	officer:
		'Cán bộ tiếp nhận hồ sơ dùng cách này. Người dân chỉ cần cho biết hoặc đưa thẻ của mình.',
	both: 'Cả người dân và cán bộ tiếp nhận hồ sơ đều dùng được cách này.',
};
