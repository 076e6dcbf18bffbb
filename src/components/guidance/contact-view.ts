/**
 * View models for ContactList.astro: the hotlines from `contacts.yaml` and the dispatch's local
 * contact point from `site.yaml`, in the order editors set, each with its status so an unconfirmed
 * number carries the marker.
 */
import type { Contact } from '../../schemas/contact.ts';
import { phoneDigits } from '../../schemas/phone.ts';
import type { SiteData } from '../../schemas/site.ts';
import type { FactStatus } from '../../schemas/verification.ts';
import { formatDate } from '../page-sources.ts';

export interface ContactView {
	id: string;
	name: string;
	/** Absent for a contact point with no published number (then: ask in person). */
	phone?: string;
	tel?: string;
	purpose: string;
	hours: string;
	scopeLabel: string;
	/** `uncertain` numbers are shown with the "chưa xác nhận" marker. */
	status: FactStatus;
	/** "Cuộc gọi có thể mất phí theo nhà mạng." for 1900 numbers. */
	note?: string;
	sourceText: string;
	sourceUrl?: string;
	/** "27/11/2026": when the number was last checked. */
	checked?: string;
}

export const SCOPE_LABELS = { national: 'Toàn quốc', province: 'Trong tỉnh, thành phố' } as const;

const CHARGED_NOTE = 'Cuộc gọi đến đầu số 1900 có thể mất phí theo nhà mạng.';

type ContactEntry = Contact & { id: string };

/** Contacts sorted by `order`, then by name, ready to render. */
export function contactViews(contacts: readonly ContactEntry[]): ContactView[] {
	return [...contacts]
		.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'vi'))
		.map((contact) => {
			const [source] = contact.sources;
			const when = source?.date ? `, ${formatDate(source.date)}` : '';
			return {
				id: contact.id,
				name: contact.name,
				phone: contact.phone,
				tel: contact.tel,
				purpose: contact.purpose,
				hours: contact.hours,
				scopeLabel: SCOPE_LABELS[contact.scope],
				status: contact.status,
				sourceText: `${source?.title ?? ''}${when}`,
				checked: formatDate(contact.checked),
				...(source?.url ? { sourceUrl: source.url } : {}),
				...(contact.charged ? { note: CHARGED_NOTE } : {}),
			};
		});
}

/** The support line to show first (lowest `order`, national, for questions), e.g. on the home page. */
export function mainHotline(contacts: readonly ContactEntry[]): ContactView | undefined {
	return contactViews(contacts.filter((c) => c.scope === 'national' && c.role === 'support'))[0];
}

/** The dispatch's local contact point as a contact card (a unit; a number only if published). */
export function localContactView(
	site: Pick<SiteData, 'localContact' | 'dispatch'>
): ContactView | undefined {
	const local = site.localContact;
	if (!local) return undefined;
	return {
		id: 'dau-moi-dia-phuong',
		name: local.unit,
		...(local.phone && local.tel ? { phone: local.phone, tel: local.tel } : {}),
		purpose: local.purpose,
		hours: 'Giờ hành chính',
		scopeLabel: SCOPE_LABELS.province,
		status: 'verified',
		sourceText: `Công văn ${site.dispatch.reference}, ${formatDate(site.dispatch.date)}`,
		note: 'Đầu mối ghi trong công văn năm 2023, dành cho cơ quan, đơn vị.',
	};
}

/** Hotlines followed by the local contact, unless a hotline already has the same number. */
export function withLocal(
	contacts: readonly ContactView[],
	local: ContactView | undefined
): ContactView[] {
	if (!local) return [...contacts];
	const localPhone = local.phone;
	const taken =
		localPhone !== undefined &&
		contacts.some((c) => c.phone !== undefined && phoneDigits(c.phone) === phoneDigits(localPhone));
	return taken ? [...contacts] : [...contacts, local];
}
