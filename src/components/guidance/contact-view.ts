/**
 * View models for ContactList.astro: the hotlines from `contacts.yaml` and the dispatch's local
 * contact point from `site.yaml`, in the order editors set.
 */
import type { Contact } from '../../schemas/contact.ts';
import { phoneDigits } from '../../schemas/phone.ts';
import type { SiteData } from '../../schemas/site.ts';
import { formatDate } from '../page-sources.ts';

export interface ContactView {
	id: string;
	name: string;
	phone: string;
	tel: string;
	purpose: string;
	hours: string;
	scopeLabel: string;
	note?: string;
	sourceText: string;
	sourceUrl?: string;
}

export const SCOPE_LABELS = { national: 'Toàn quốc', province: 'Trong tỉnh, thành phố' } as const;

type ContactEntry = Contact & { id: string };

/** Contacts sorted by `order`, then by name, ready to render. */
export function contactViews(contacts: readonly ContactEntry[]): ContactView[] {
	return [...contacts]
		.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'vi'))
		.map((contact) => {
			const when = contact.source.date ? `, ${formatDate(contact.source.date)}` : '';
			return {
				id: contact.id,
				name: contact.name,
				phone: contact.phone,
				tel: contact.tel,
				purpose: contact.purpose,
				hours: contact.hours,
				scopeLabel: SCOPE_LABELS[contact.scope],
				sourceText: `${contact.source.title}${when}`,
				...(contact.source.url ? { sourceUrl: contact.source.url } : {}),
				...(contact.note ? { note: contact.note } : {}),
			};
		});
}

/** The hotline to show first (lowest `order` with national scope), e.g. on the home page. */
export function mainHotline(contacts: readonly ContactEntry[]): ContactView | undefined {
	return contactViews(contacts.filter((contact) => contact.scope === 'national'))[0];
}

/** The dispatch's local contact point as a contact card. */
export function localContactView(
	site: Pick<SiteData, 'localContact' | 'dispatch'>
): ContactView | undefined {
	const local = site.localContact;
	if (!local) return undefined;
	return {
		id: 'dau-moi-dia-phuong',
		name: local.person ? `${local.unit} (${local.person})` : local.unit,
		phone: local.phone,
		tel: local.tel,
		purpose: local.purpose,
		hours: 'Giờ hành chính',
		scopeLabel: SCOPE_LABELS.province,
		sourceText: `Công văn ${site.dispatch.reference}, ${formatDate(site.dispatch.date)}`,
		note: 'Đầu mối ghi trong công văn năm 2023, dành cho cơ quan, đơn vị. Người phụ trách có thể đã thay đổi.',
	};
}

/** Hotlines followed by the local contact, unless a hotline already has the same number. */
export function withLocal(
	contacts: readonly ContactView[],
	local: ContactView | undefined
): ContactView[] {
	if (!local) return [...contacts];
	const taken = contacts.some((contact) => phoneDigits(contact.phone) === phoneDigits(local.phone));
	return taken ? [...contacts] : [...contacts, local];
}
