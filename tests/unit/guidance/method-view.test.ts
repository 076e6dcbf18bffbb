import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { methodSchema, type Method } from '../../../src/schemas/method.ts';
import {
	crossReference,
	findMethod,
	methodCards,
	pagePath,
} from '../../../src/components/guidance/method-view.ts';

const methods: Method[] = (
	load(readFileSync('content/data/methods.yaml', 'utf8')) as Record<string, unknown>[]
).map(({ id: _id, ...fields }) => methodSchema.parse(fields));

describe('pagePath', () => {
	it('adds slashes around a slug', () => {
		expect(pagePath('cach-3')).toBe('/cach-3/');
		expect(pagePath('/huong-dan/dang-ky-vneid')).toBe('/huong-dan/dang-ky-vneid/');
	});
	it('puts the page under a sub-path base', () => {
		expect(pagePath('cach-3', '/7cach/')).toBe('/7cach/cach-3/');
	});
	it('maps the empty slug to the home page', () => {
		expect(pagePath('')).toBe('/');
	});
});

describe('methodCards', () => {
	it('lists the seven methods in Hải Phòng order with their pages', () => {
		const cards = methodCards([...methods].reverse());
		expect(cards.map((card) => card.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(cards[2]).toMatchObject({ label: 'Cách 3', href: '/cach-3/' });
	});
	it('gives each card a Vietnamese audience label', () => {
		const labels = new Set(methodCards(methods).map((card) => card.audienceLabel));
		expect([...labels].every((label) => /^(Người dân|Cán bộ)/.test(label))).toBe(true);
	});
});

describe('crossReference', () => {
	it('pairs Hải Phòng numbers with the C06 2022 numbers', () => {
		const pairs = crossReference(methods).map((row) => [row.number, row.c06Number]);
		expect(pairs).toEqual([
			[1, 7],
			[2, 1],
			[3, 2],
			[4, 3],
			[5, 4],
			[6, 5],
			[7, 6],
		]);
	});
});

describe('findMethod', () => {
	it('finds a method by its number', () => {
		expect(findMethod(methods, 4).page).toBe('cach-4');
	});
	it('fails with a message naming the component and the number', () => {
		expect(() => findMethod(methods, 9)).toThrowError(/MethodFacts: không có cách số 9/);
	});
});
