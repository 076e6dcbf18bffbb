/**
 * Who publishes the site, as the header, the footer and printed pages say it. DOM-free; the
 * Starlight overrides in src/components/starlight/ render it and the tests check it.
 */
import type { Contact } from '../../schemas/contact.ts';
import type { SiteData } from '../../schemas/site.ts';
import type { WithId } from '../../lib/content-data/index.ts';

/** "Công an thành phố Hải Phòng – Ban Chỉ đạo …": the issuer in one line. */
export function issuerLine(site: Pick<SiteData, 'issuer'>): string {
	const { name, body } = site.issuer;
	return body ? `${name} – ${body}` : name;
}

/** The official host readers should check in the address bar, e.g. "7cach.haiphong.gov.vn". */
export function officialHost(site: Pick<SiteData, 'siteUrl'>): string {
	return new URL(site.siteUrl).host;
}

/** Where the footer sends people with a question: a verified support line, or the commune police. */
export type HelpLine =
	| { kind: 'phone'; name: string; phone: string; tel: string; charged: boolean }
	| { kind: 'ask-police'; text: string };

export function footerHelp(contacts: ReadonlyArray<WithId<Contact>>): HelpLine {
	const line = contacts.find(
		(c) => c.status === 'verified' && c.role === 'support' && c.scope === 'national'
	);
	return line
		? { kind: 'phone', name: line.name, phone: line.phone, tel: line.tel, charged: line.charged }
		: { kind: 'ask-police', text: 'Hỏi Công an xã, phường, đặc khu nơi bạn cư trú.' };
}
