import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { methodSchema } from '../../../src/schemas/method.ts';
import {
	checkTrainingData,
	isHttpsUrl,
	isInternalPath,
	OPTION_LETTERS,
	questionFields,
	refineQuestion,
	scenarioFields,
	trainingModuleFields,
} from '../../../src/schemas/training.ts';
import { resolveSlides } from '../../../src/components/training/workshop.ts';
import { loadContentData } from '../../../src/lib/content-data/load.ts';
import { fillValue, siteTokens } from '../../../src/lib/content-data/site-text.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
// «placeholders» filled from site.yaml, as the content-data module does before validating.
const tokens = siteTokens(loadContentData().site);
const yaml = (name: string) =>
	fillValue(
		load(readFileSync(join(ROOT, 'content', 'data', name), 'utf8')),
		tokens,
		() => {}
	) as unknown[];

const modules = z
	.array(trainingModuleFields.extend({ id: z.string() }))
	.parse(yaml('training-modules.yaml'));
const questions = z
	.array(questionFields.extend({ id: z.string() }).superRefine(refineQuestion))
	.parse(yaml('questions.yaml'));
const scenarios = z.array(scenarioFields.extend({ id: z.string() })).parse(yaml('scenarios.yaml'));
const methods = z.array(methodSchema.extend({ id: z.string() })).parse(yaml('methods.yaml'));

describe('the training data files', () => {
	test('pass every cross-check (ids, references, timetables, coverage)', () => {
		expect(checkTrainingData({ modules, questions, scenarios })).toEqual([]);
	});

	test('have at least 30 questions and 10 scenarios', () => {
		expect(questions.length).toBeGreaterThanOrEqual(30);
		expect(scenarios.length).toBeGreaterThanOrEqual(10);
	});

	test('every question has a valid answer among its options', () => {
		for (const q of questions) {
			expect(q.options.length).toBeGreaterThanOrEqual(2);
			expect(q.options.length).toBeLessThanOrEqual(4);
			expect(OPTION_LETTERS.indexOf(q.answer), q.id).toBeLessThan(q.options.length);
		}
	});

	test('question and scenario ids are unique', () => {
		expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
		expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
		expect(new Set(modules.map((m) => m.id)).size).toBe(modules.length);
	});

	test('the quiz covers all seven methods and the changes since 2023', () => {
		const covered = new Set(questions.map((q) => q.method));
		for (let n = 1; n <= 7; n++) expect(covered, `Cách ${n}`).toContain(n);
		expect(questions.filter((q) => q.topic === 'thay-doi').length).toBeGreaterThanOrEqual(5);
	});

	test('every source link is a page path or an https URL', () => {
		const links = [
			...questions.map((q) => q.source.url),
			...scenarios.flatMap((s) => s.sources.map((x) => x.url)),
			...modules.flatMap((m) => [
				...m.pages.map((p) => p.path),
				...m.legalBasis.flatMap((b) => (b.url ? [b.url] : [])),
			]),
		];
		for (const link of links) expect(isInternalPath(link) || isHttpsUrl(link), link).toBe(true);
	});

	test('every slide resolves to a title and at most four points', () => {
		for (const module of modules) {
			for (const slide of resolveSlides(module, methods)) {
				expect(slide.title.length, module.id).toBeGreaterThan(2);
				expect(slide.points.length).toBeLessThanOrEqual(4);
				expect(slide.notes.length).toBeGreaterThan(10);
			}
		}
	});

	test('the workshop fits in half a day', () => {
		const minutes = modules.reduce((sum, m) => sum + m.minutes + m.breakAfter, 0);
		expect(minutes).toBeGreaterThanOrEqual(180);
		expect(minutes).toBeLessThanOrEqual(240);
	});

	test('the giáo án page has one heading per module, with the module title', () => {
		const page = readFileSync(join(ROOT, 'content', 'docs', 'tap-huan', 'index.mdx'), 'utf8');
		for (const module of modules) {
			expect(page).toContain(`## Học phần ${module.number}: ${module.title}\n`);
			expect(page).toContain(`<ModulePlan id="${module.id}" />`);
		}
	});

	test('examples use obviously invented people (no real-looking ID numbers)', () => {
		const text = ['questions.yaml', 'scenarios.yaml', 'training-modules.yaml']
			.map((name) => readFileSync(join(ROOT, 'content', 'data', name), 'utf8'))
			.join('\n');
		expect(text).not.toMatch(/\b\d{12}\b/);
		expect(text).not.toMatch(/\b0\d{9}\b/);
	});
});

describe('the schemas reject bad entries', () => {
	const good = questions[0];

	test('an answer letter outside the options', () => {
		const result = questionFields
			.superRefine(refineQuestion)
			.safeParse({ ...good, id: undefined, answer: 'D', options: ['Có', 'Không'] });
		expect(result.success).toBe(false);
	});

	test('duplicate options', () => {
		const result = questionFields
			.superRefine(refineQuestion)
			.safeParse({ ...good, id: undefined, options: ['Có', 'Có'], answer: 'A' });
		expect(result.success).toBe(false);
	});

	test('a source that is neither a page path nor https', () => {
		const bad = { ...good, source: { title: 'Trang cũ', url: 'http://example.com/' } };
		delete (bad as { id?: string }).id;
		expect(questionFields.safeParse(bad).success).toBe(false);
		const relative = { ...bad, source: { title: 'Trang', url: 'cach-6' } };
		expect(questionFields.safeParse(relative).success).toBe(false);
	});

	test('a slide with neither content nor a method', () => {
		const module = {
			...modules[0],
			slides: [{ notes: 'Ghi chú đủ dài.' }, ...(modules[0]?.slides ?? [])],
		};
		delete (module as { id?: string }).id;
		expect(trainingModuleFields.safeParse(module).success).toBe(false);
	});

	test('cross-checks name a missing question reference and wrong timing', () => {
		const [first, ...rest] = modules;
		if (!first) throw new Error('no module');
		const broken = { ...first, questions: ['khong-co'], minutes: first.minutes + 5 };
		const problems = checkTrainingData({ modules: [broken, ...rest], questions, scenarios });
		expect(problems.some((p) => p.includes('khong-co'))).toBe(true);
		expect(problems.some((p) => p.includes('phút'))).toBe(true);
	});
});
