import { describe, expect, it } from 'vitest';
import {
	contactViews,
	localContactView,
	mainHotline,
	withLocal,
} from '../../../src/components/guidance/contact-view.ts';
import { fixtureContact, fixtureSite } from '../../fixtures/content-data/index.ts';

const support = fixtureContact();
const emergency = fixtureContact({
	id: 'khan-cap',
	name: 'Khẩn cấp thử',
	phone: '113',
	tel: 'tel:113',
	role: 'emergency',
	charged: false,
	order: 3,
});

describe('contactViews', () => {
	it('sorts by order and keeps the number as people say it next to a dialable link', () => {
		const views = contactViews([emergency, support]);
		expect(views.map((v) => v.id)).toEqual(['tong-dai-thu', 'khan-cap']);
		expect(views[0]).toMatchObject({ phone: '1900.0000', tel: 'tel:19000000' });
	});
	it('labels the scope in Vietnamese, dates the source and the last check', () => {
		const [view] = contactViews([support]);
		expect(view).toMatchObject({
			scopeLabel: 'Toàn quốc',
			sourceText: 'Thông báo thử nghiệm, 02/01/2026',
			checked: '01/11/2026',
			status: 'verified',
		});
	});
	it('warns that 1900 calls may cost money, and carries the status for the marker', () => {
		const [view] = contactViews([fixtureContact({ status: 'uncertain' })]);
		expect(view?.note).toMatch(/mất phí/);
		expect(view?.status).toBe('uncertain');
	});
});

describe('mainHotline', () => {
	it('is the first national support line, never the emergency number', () => {
		expect(mainHotline([emergency, support])?.id).toBe('tong-dai-thu');
		expect(mainHotline([emergency])).toBeUndefined();
	});
});

describe('localContactView', () => {
	it('names the unit only, with no number when none is published', () => {
		const view = localContactView(fixtureSite);
		expect(view?.name).toBe('Phòng Thử Nghiệm');
		expect(view?.phone).toBeUndefined();
		expect(view?.sourceText).toBe('Công văn 1/BCĐ-THU, 01/01/2023');
	});
	it('shows a published switchboard with a +84 link', () => {
		const site = {
			...fixtureSite,
			localContact: {
				...fixtureSite.localContact,
				phone: '0200 0000 000',
				tel: 'tel:+842000000000',
			},
		};
		expect(localContactView(site)).toMatchObject({
			phone: '0200 0000 000',
			tel: 'tel:+842000000000',
		});
	});
});

describe('withLocal', () => {
	it('adds the local contact after the hotlines', () => {
		const list = withLocal(contactViews([support]), localContactView(fixtureSite));
		expect(list.at(-1)?.id).toBe('dau-moi-dia-phuong');
	});
	it('does not add it twice when a hotline has the same number written differently', () => {
		const local = { ...localContactView(fixtureSite)!, phone: '1900 0000', tel: 'tel:19000000' };
		expect(withLocal(contactViews([support]), local).map((c) => c.id)).toEqual(['tong-dai-thu']);
	});
});
