import { describe, expect, test } from 'vitest';
import {
	isPlaceholderUrl,
	monthsBetween,
	releaseProblems,
} from '../../../src/lib/content-data/release-check.ts';
import { fixtureContact, fixtureData, fixtureMethod } from '../../fixtures/content-data/index.ts';
import type { ContentData } from '../../../src/lib/content-data/index.ts';

const asOf = new Date('2026-12-01T00:00:00Z');
const check = (data: ReturnType<typeof fixtureData>) =>
	releaseProblems(data as unknown as ContentData, asOf);

describe('release check', () => {
	test('passes on a clean data set', () => {
		expect(check(fixtureData())).toEqual([]);
	});

	test('fails while siteUrl is a placeholder', () => {
		const data = fixtureData();
		data.site = { ...data.site, siteUrl: 'https://7cach.tinh.example.vn' };
		const problems = check(data);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/data\/site\.yaml › siteUrl: .*địa chỉ mẫu/);
	});

	test('fails while the issuer has no published address', () => {
		const data = fixtureData();
		data.site = { ...data.site, issuer: { name: 'Công an tỉnh Thử Nghiệm' } };
		expect(check(data)).toEqual([
			expect.stringMatching(/^content\/data\/site\.yaml › issuer › address:/),
		]);
	});

	test('fails on a contact whose last check is older than the limit, naming it', () => {
		const data = fixtureData();
		data.contacts = [
			fixtureContact(),
			fixtureContact({ id: 'cu', phone: '1900.1111', checked: new Date('2026-05-31T00:00:00Z') }),
		];
		const problems = check(data);
		expect(problems).toEqual([
			expect.stringMatching(/^content\/data\/contacts\.yaml › cu › checked: .*6 tháng/),
		]);
	});

	test('fails on a poster point resting on an uncertain claim', () => {
		const data = fixtureData();
		data.methods = [
			{
				...fixtureMethod,
				keyPoints: [{ text: 'Điểm chưa chắc', claim: 'chua-chac' }, fixtureMethod.keyPoints[0]!],
			},
		];
		expect(check(data)).toEqual([expect.stringContaining('methods.yaml › cach-1 › keyPoints › 0')]);
	});

	test('lists every problem, one per line', () => {
		const data = fixtureData();
		data.site = { ...data.site, siteUrl: 'http://localhost:4321' };
		data.contacts = [fixtureContact({ checked: new Date('2025-01-01T00:00:00Z') })];
		expect(check(data)).toHaveLength(2);
	});
});

describe('helpers', () => {
	test.each([
		['https://7cach.haiphong.example.vn', true],
		['https://example.com/7cach/', true],
		['http://localhost:4321', true],
		['http://127.0.0.1:4321', true],
		['https://site.test', true],
		['not a url', true],
		['https://7cach.haiphong.gov.vn', false],
		['https://examples.gov.vn', false],
	])('isPlaceholderUrl(%s) = %s', (url, expected) => {
		expect(isPlaceholderUrl(url)).toBe(expected);
	});

	test('months are counted once the day of the month is reached', () => {
		const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
		expect(monthsBetween(d('2026-06-01'), d('2026-12-01'))).toBe(6);
		expect(monthsBetween(d('2026-06-02'), d('2026-12-01'))).toBe(5);
		expect(monthsBetween(d('2025-12-31'), d('2026-01-30'))).toBe(0);
	});
});
