import { describe, expect, it } from 'vitest';
import {
	CHOOSER_ROOT,
	parseRich,
	pathHref,
	pathSlug,
	plainText,
	richClaims,
} from '../../../src/lib/chooser/index.ts';
import {
	chooserPages,
	claimSources,
	methodName,
	resultTitle,
	startPage,
	stepLabel,
	type QuestionPage,
	type ResultPage,
} from '../../../src/lib/chooser/pages.ts';
import { CHOOSER_TREE, PERSONAS } from '../../../src/lib/chooser/tree.ts';
import { loadContentData } from '../../../src/lib/content-data/load.ts';
import { pageFields, refineGuidance } from '../../../src/schemas/page.ts';

const data = loadContentData();
const pages = chooserPages(CHOOSER_TREE, data);

describe('rich text', () => {
	it('splits links and claims out of plain words', () => {
		expect(parseRich('Xem [Cách 1](/cach-1/) và [điều này](claim:cmnd-het-gia-tri).')).toEqual([
			{ text: 'Xem ' },
			{ text: 'Cách 1', href: '/cach-1/' },
			{ text: ' và ' },
			{ text: 'điều này', claim: 'cmnd-het-gia-tri' },
			{ text: '.' },
		]);
		expect(plainText('a [b](/c/) [d](claim:e)')).toBe('a b d');
		expect(richClaims('[x](claim:y) [z](/w/)')).toEqual(['y']);
		expect(parseRich('không có gì')).toEqual([{ text: 'không có gì' }]);
	});
});

describe('page addresses', () => {
	it('puts the first question under /tim-cach/cau-hoi/ and each answer one level deeper', () => {
		expect(pathSlug([])).toBe('cau-hoi');
		expect(pathHref([])).toBe(`${CHOOSER_ROOT}cau-hoi/`);
		expect(pathHref(['co-the', 'khong-vneid'])).toBe('/tim-cach/cau-hoi/co-the/khong-vneid/');
	});

	it('links every answer to a page that is built, and back to the page before', () => {
		const hrefs = new Set(pages.map((page) => page.href));
		for (const page of pages) {
			if (page.kind === 'question') {
				for (const answer of page.answers) expect(hrefs.has(answer.href), answer.href).toBe(true);
			}
			expect(page.backHref === CHOOSER_ROOT || hrefs.has(page.backHref), page.slug).toBe(true);
		}
		const first = pages[0] as QuestionPage;
		expect(first.href).toBe('/tim-cach/cau-hoi/');
		expect(first.backHref).toBe(CHOOSER_ROOT);
		expect(first.number).toBe(1);
	});
});

describe('page content', () => {
	it('names the one method in the result heading with its short title', () => {
		const method = data.methods.find((m) => m.number === 2)!;
		expect(methodName(method)).toBe(`Cách 2 – ${method.shortTitle}`);
		expect(resultTitle(method)).toBe(`Cách phù hợp với bạn: Cách 2 – ${method.shortTitle}`);
		for (const page of pages) {
			if (page.kind !== 'result') continue;
			expect(page.frontmatter.title).toMatch(/^Cách phù hợp với bạn: Cách [1-7] – /);
			expect(page.method.href).toMatch(/^\/cach-[1-7]\/$/);
		}
	});

	it('numbers questions by how many came before', () => {
		expect(stepLabel(2)).toBe('Câu 2, tối đa 3 câu');
		for (const page of pages) {
			if (page.kind === 'question') expect(page.number).toBe(page.slug.split('/').length);
		}
	});

	it('lists the answers given on a result page, each with a link to change it', () => {
		const persona = PERSONAS[0]!;
		const page = pages.find(
			(candidate) => candidate.slug === pathSlug(persona.answers)
		) as ResultPage;
		expect(page.kind).toBe('result');
		expect(page.answered.map((step) => step.changeHref)).toEqual([
			'/tim-cach/cau-hoi/',
			'/tim-cach/cau-hoi/co-the/',
			'/tim-cach/cau-hoi/co-the/khong-vneid/',
		]);
	});

	it('gives every page frontmatter the guidance schema accepts (reviewed and sources)', () => {
		const schema = refineGuidance(pageFields);
		for (const page of [...pages, startPage(data)]) {
			const { frontmatter } = page;
			const parsed = schema.safeParse({
				reviewed: frontmatter.reviewed,
				sources: frontmatter.sources,
			});
			expect(parsed.success, frontmatter.title).toBe(true);
			expect(frontmatter.reviewed).toBe('2026-12-02');
			expect(frontmatter.description.length).toBeGreaterThan(20);
		}
	});

	it('search indexes the start page only: answers land on the canonical guidance pages', () => {
		expect(pages.filter((page) => page.frontmatter.pagefind)).toEqual([]);
		expect(startPage(data).frontmatter.pagefind).toBe(true);
	});

	it('takes each source once, leaving out a bare title that another source spells out', () => {
		const sources = claimSources(
			['chi-doi-giay-khi-khong-tra-duoc', 'nd104-kenh-tra-cuu'],
			data.claimById
		);
		expect(
			sources.filter((source) => source.title.startsWith('Nghị định 104/2022/NĐ-CP'))
		).toHaveLength(1);
	});

	it('takes each source once', () => {
		const sources = claimSources(
			['nd104-khong-can-so-ho-khau', 'nd104-kenh-tra-cuu'],
			data.claimById
		);
		const keys = sources.map((source) => source.url ?? source.title);
		expect(new Set(keys).size).toBe(keys.length);
		expect(sources.length).toBeGreaterThan(0);
	});

	it('refuses to build from a broken tree', () => {
		expect(() => chooserPages({ start: 'missing', nodes: {} }, data)).toThrow(/Tìm cách phù hợp/);
	});
});
