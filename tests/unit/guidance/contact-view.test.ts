import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { contactSchema } from '../../../src/schemas/contact.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import {
	contactViews,
	localContactView,
	mainHotline,
	withLocal,
} from '../../../src/components/guidance/contact-view.ts';

const contacts = (
	load(readFileSync('content/data/contacts.yaml', 'utf8')) as Record<string, unknown>[]
).map(({ id, ...rest }) => ({ ...contactSchema.parse(rest), id: String(id) }));
const site = siteSchema.parse(load(readFileSync('content/data/site.yaml', 'utf8')));

describe('contactViews', () => {
	it('sorts by order and keeps the number as people say it next to a dialable link', () => {
		const views = contactViews([...contacts].reverse());
		expect(views[0]).toMatchObject({ phone: '1900.0368', tel: 'tel:19000368' });
		expect(views.map((view) => view.id)).toEqual(
			[...contacts].sort((a, b) => a.order - b.order).map((contact) => contact.id)
		);
	});
	it('labels the scope in Vietnamese and writes the source with its date', () => {
		const [first] = contactViews(contacts);
		expect(first?.scopeLabel).toBe('Toàn quốc');
		expect(first?.sourceText).toMatch(/10\/02\/2023$/);
	});
});

describe('mainHotline', () => {
	it('is the first national contact', () => {
		expect(mainHotline(contacts)?.phone).toBe('1900.0368');
	});
});

describe('localContactView', () => {
	it('names the unit and person of the dispatch and dials with +84', () => {
		const view = localContactView(site);
		expect(view?.name).toContain('Công an thành phố Hải Phòng');
		expect(view?.tel).toBe('tel:+84913011678');
		expect(view?.sourceText).toBe('Công văn 165/BCĐĐA06HP-CAHP, 10/02/2023');
	});
});

describe('withLocal', () => {
	it('adds the local contact after the hotlines', () => {
		const local = localContactView(site);
		const list = withLocal(contactViews(contacts), local);
		expect(list.at(-1)?.id).toBe('dau-moi-dia-phuong');
	});
	it('does not add it twice when a hotline has the same number written differently', () => {
		const local = localContactView(site);
		const same = { ...local!, id: 'x', phone: '0913 011 678' };
		expect(withLocal([same], local).map((c) => c.id)).toEqual(['x']);
	});
});
