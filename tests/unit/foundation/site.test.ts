import { describe, expect, test } from 'vitest';
import { formatDate, sourceLine } from '../../../src/components/page-sources.ts';
import { buildSidebar } from '../../../src/lib/sidebar.ts';
import { publicUrl, site } from '../../../src/lib/site.ts';
import type { Method } from '../../../src/schemas/method.ts';
import { fixtureMethod } from '../../fixtures/content-data/index.ts';

describe('locality data', () => {
	test('is parsed, with dates as dates and a local contact that names a unit, not a person', () => {
		expect(site.dispatch.date).toBeInstanceOf(Date);
		expect(Object.keys(site.localContact)).not.toContain('person');
	});

	test('publicUrl joins slugs under the site URL, with or without a base path', () => {
		expect(publicUrl('cach-3', 'https://example.vn')).toBe('https://example.vn/cach-3/');
		expect(publicUrl('/cach-3/', 'https://example.vn/7cach')).toBe(
			'https://example.vn/7cach/cach-3/'
		);
		expect(publicUrl('', 'https://example.vn/7cach/')).toBe('https://example.vn/7cach/');
		expect(publicUrl('infographics/a.png', 'https://example.vn')).toBe(
			'https://example.vn/infographics/a.png'
		);
	});
});

describe('sources line', () => {
	test('dates are written day/month/year', () => {
		expect(formatDate(new Date('2023-02-10'))).toBe('10/02/2023');
	});
	test('issuer and date are joined, missing parts left out', () => {
		expect(sourceLine({ title: 'NĐ 104', issuer: 'Chính phủ', date: new Date('2022-12-21') })).toBe(
			'Chính phủ, 21/12/2022'
		);
		expect(sourceLine({ title: 'NĐ 104' })).toBe('');
	});
});

describe('sidebar', () => {
	test('lists the methods in dispatch order with their short titles', () => {
		const method = (number: number, shortTitle: string): Method => ({
			...fixtureMethod,
			number,
			shortTitle,
			page: `cach-${number}`,
		});
		const sidebar = buildSidebar([method(2, 'Hai'), method(1, 'Một')], site);
		const group = sidebar.find((item) => item.label === '7 cách');
		expect(group && 'items' in group ? group.items.map((i) => i.label) : []).toEqual([
			'Tổng quan 7 cách',
			'Cách 1: Một',
			'Cách 2: Hai',
		]);
	});
});
