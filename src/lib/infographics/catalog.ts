/**
 * What each campaign design shows, from the content data: the method cards, the overview, the
 * help card, each with its own source line, and the help box every image carries. DOM-free and
 * JSON-serialisable: the generator draws the build's files from it, and the poster maker page
 * hands the same catalog to the browser, so a unit's poster says what the ready-made one says.
 */
import type { ContentData } from '../content-data/index.ts';
import { methodPoints } from '../../schemas/method.ts';
import { CONTACTS_PAGE, sourceLine, WORDING } from './design.ts';
import { methodName } from './describe.ts';
import type {
	CampaignContext,
	HotlineCardData,
	HotlineData,
	MethodCardData,
	OverviewData,
} from './templates.ts';
import { nfc } from './text.ts';
import { publicUrl } from './urls.ts';

export interface CatalogMethod {
	card: MethodCardData;
	/** "Cách 1: …". */
	name: string;
	ctx: CampaignContext;
	/** Title of the method in the dispatch (PDF subject). */
	dispatchTitle: string;
}

export interface Catalog {
	siteName: string;
	siteUrl: string;
	issuer: string;
	/** The gold help box: a verified national support line, or the advice to ask the commune police. */
	hotline: HotlineData;
	methods: CatalogMethod[];
	overview: { data: OverviewData; name: string; ctx: CampaignContext };
	hotlineCard: { data: HotlineCardData; ctx: CampaignContext };
}

export type CatalogContent = Pick<ContentData, 'site' | 'methods' | 'contacts' | 'claimById'>;

/**
 * Builds the catalog; `pageSlugs` are the site's pages, so a QR code never points at a page that
 * does not exist (the error names the data entry to fix).
 */
export function buildCatalog(content: CatalogContent, pageSlugs: ReadonlySet<string>): Catalog {
	const { site, methods, contacts, claimById } = content;
	// Posters print verified numbers only: the first verified national support line, or else the
	// advice to ask the commune police (always right, in every province).
	const printable = contacts.filter((contact) => contact.status === 'verified');
	const support = printable.find((c) => c.scope === 'national' && c.role === 'support');
	const hotline: HotlineData = support
		? {
				label: WORDING.hotlineLabel,
				value: support.phone,
				name: support.name,
				hours: support.hours,
				purpose: support.purpose,
			}
		: { ...WORDING.askPolice };
	const shared = { siteName: site.siteName, issuer: site.issuer.name, hotline };
	/** The campaign context with this image's own source line. */
	const withSource = (cites: readonly string[]): CampaignContext => ({
		...shared,
		source: sourceLine(cites),
	});
	const requirePage = (slug: string, where: string): string => {
		if (!pageSlugs.has(slug)) {
			throw new Error(`${where}: không có trang "${slug}" trong content/docs.`);
		}
		return publicUrl(slug, site.siteUrl);
	};

	const catalogMethods = methods.map((method): CatalogMethod => {
		const card: MethodCardData = {
			number: method.number,
			shortTitle: nfc(method.shortTitle),
			keyPoints: methodPoints(method).map(nfc),
			icon: method.icon,
			url: requirePage(method.page, `methods.yaml › cach-${method.number} › page`),
		};
		const cites = method.keyPoints.map((point) => claimById.get(point.claim)!.cite);
		return {
			card,
			name: methodName(method),
			ctx: withSource(cites),
			dispatchTitle: nfc(method.dispatchTitle),
		};
	});

	const overview: OverviewData = {
		methods: methods.map((m) => ({
			number: m.number,
			shortTitle: nfc(m.shortTitle),
			icon: m.icon,
		})),
		url: publicUrl('', site.siteUrl),
	};
	const others = printable.filter((c) => c !== support && c.scope === 'national');
	const hotlineCard: HotlineCardData = {
		main: hotline,
		others: others.map((c) => ({ name: c.name, phone: c.phone, purpose: c.purpose })),
		url: requirePage(CONTACTS_PAGE, 'Ảnh tổng đài'),
	};
	return {
		siteName: site.siteName,
		siteUrl: site.siteUrl,
		issuer: site.issuer.name,
		hotline,
		methods: catalogMethods,
		overview: {
			data: overview,
			name: `Tổng quan ${nfc(site.siteName)}`,
			ctx: withSource(['Nghị định 104/2022/NĐ-CP', `Công văn ${site.dispatch.reference}`]),
		},
		hotlineCard: {
			data: hotlineCard,
			ctx: withSource(
				[...(support ? [support] : []), ...others].map(
					(c) => c.sources[0]?.issuer ?? c.sources[0]?.title ?? c.name
				)
			),
		},
	};
}
