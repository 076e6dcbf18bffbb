/**
 * View logic for claim markers and the open-points page: which facts are open, where their
 * marker links, and how they are listed. DOM-free; Claim.astro, OpenPoints.astro and the tests use it.
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Contact } from '../../schemas/contact.ts';
import type { WithId } from '../../lib/content-data/index.ts';

/** Slug of the page that lists every open point. */
export const OPEN_POINTS_PAGE = 'chua-xac-nhan';

/** The words of the marker, the same everywhere. */
export const MARKER_TEXT = 'chưa xác nhận';

/** Root-relative link (before the base path) to one entry on the open-points page. */
export function openPointHref(id: string): string {
	return `/${OPEN_POINTS_PAGE}/#${id}`;
}

/** One open point as the page lists it, from a claim or a contact. */
export interface OpenPoint {
	id: string;
	kind: 'claim' | 'contact';
	/** What is said on the site (the claim, or "name: number"). */
	statement: string;
	what: string;
	howToCheck: string;
	since: Date;
	checked: Date;
	sources: Claim['sources'];
}

/** The claim a page names, or an error that names the page's mistake. */
export function requireClaim(
	claims: ReadonlyMap<string, WithId<Claim>>,
	id: string
): WithId<Claim> {
	const claim = claims.get(id);
	if (!claim)
		throw new Error(`<Claim id="${id}">: không có claim này trong content/data/claims.yaml.`);
	return claim;
}

/** Every uncertain claim and contact, oldest open point first, then by statement. */
export function openPoints(
	claims: ReadonlyArray<WithId<Claim>>,
	contacts: ReadonlyArray<WithId<Contact>>
): OpenPoint[] {
	const points: OpenPoint[] = [];
	for (const claim of claims) {
		if (claim.status !== 'uncertain' || !claim.uncertainty) continue;
		points.push({
			id: claim.id,
			kind: 'claim',
			statement: claim.text,
			what: claim.uncertainty.what,
			howToCheck: claim.uncertainty.howToCheck,
			since: claim.uncertainty.since,
			checked: claim.checked,
			sources: claim.sources,
		});
	}
	for (const contact of contacts) {
		if (contact.status !== 'uncertain' || !contact.uncertainty) continue;
		points.push({
			id: contact.id,
			kind: 'contact',
			statement: `${contact.name}: ${contact.phone}`,
			what: contact.uncertainty.what,
			howToCheck: contact.uncertainty.howToCheck,
			since: contact.uncertainty.since,
			checked: contact.checked,
			sources: contact.sources,
		});
	}
	return points.sort(
		(a, b) => a.since.getTime() - b.since.getTime() || a.statement.localeCompare(b.statement, 'vi')
	);
}
