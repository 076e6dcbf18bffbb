import { describe, expect, it } from 'vitest';
import {
	MARKER_TEXT,
	openPointHref,
	openPoints,
	requireClaim,
} from '../../../src/components/guidance/claim-view.ts';
import { fixtureContact, fixtureData } from '../../fixtures/content-data/index.ts';

describe('open points', () => {
	it('lists exactly the uncertain claims and contacts, oldest first', () => {
		const { claims } = fixtureData();
		const contacts = [
			fixtureContact(),
			fixtureContact({
				id: 'so-chua-chac',
				status: 'uncertain',
				uncertainty: {
					since: new Date('2026-09-01T00:00:00Z'),
					what: 'Chưa có trang chính thức xác nhận số này.',
					howToCheck: 'Gọi thử và xem trang liên hệ chính thức.',
				},
			}),
		];
		const points = openPoints(claims, contacts);
		expect(points.map((p) => [p.id, p.kind])).toEqual([
			['so-chua-chac', 'contact'],
			['chua-chac', 'claim'],
		]);
		expect(points[0]?.statement).toBe('Tổng đài thử nghiệm: 1900.0000');
	});

	it('markers link to the entry on one page, with the same words everywhere', () => {
		expect(openPointHref('chua-chac')).toBe('/chua-xac-nhan/#chua-chac');
		expect(MARKER_TEXT).toBe('chưa xác nhận');
	});

	it('an unknown claim id fails with a message naming it', () => {
		expect(() => requireClaim(fixtureData().claimById, 'khong-co')).toThrow(
			'<Claim id="khong-co">: không có claim này trong content/data/claims.yaml.'
		);
	});
});
