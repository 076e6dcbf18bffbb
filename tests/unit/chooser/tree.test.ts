import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	followAnswers,
	listPaths,
	maxQuestions,
	nodeClaims,
	nodeTexts,
	resultPaths,
	richLinks,
	validateTree,
	type ChooserTree,
	type ResultNode,
} from '../../../src/lib/chooser/index.ts';
import { CHOOSER_TREE, MAX_QUESTIONS, PERSONAS } from '../../../src/lib/chooser/tree.ts';
import { loadContentData, projectRoot } from '../../../src/lib/content-data/load.ts';

const data = loadContentData();
const context = {
	methodNumbers: new Set(data.methods.map((method) => method.number)),
	claimIds: new Set(data.claimById.keys()),
};

describe('the chooser tree', () => {
	it('is sound: every answer leads to a node, every node is reachable, methods and claims exist', () => {
		expect(validateTree(CHOOSER_TREE, context)).toEqual([]);
	});

	it('asks no more than three questions on any path', () => {
		expect(MAX_QUESTIONS).toBe(3);
		for (const path of listPaths(CHOOSER_TREE)) {
			const questions = path.steps.length + (path.node.kind === 'question' ? 1 : 0);
			expect(questions, path.slug).toBeLessThanOrEqual(3);
		}
		expect(maxQuestions(CHOOSER_TREE)).toBeLessThanOrEqual(3);
	});

	it('reaches every node on some path', () => {
		const reached = new Set(listPaths(CHOOSER_TREE).map((path) => path.node.id));
		expect([...reached].sort()).toEqual(Object.keys(CHOOSER_TREE.nodes).sort());
	});

	it('ends every path on a result naming one existing method and different fallbacks', () => {
		for (const path of resultPaths(CHOOSER_TREE)) {
			const { node } = path;
			expect(context.methodNumbers.has(node.method), node.id).toBe(true);
			expect(node.fallback.length, node.id).toBeGreaterThan(0);
			expect(node.fallback.map((f) => f.method)).not.toContain(node.method);
			expect(node.bring.length, node.id).toBeGreaterThan(0);
		}
	});

	it('gives each question 2 to 4 answers', () => {
		for (const node of Object.values(CHOOSER_TREE.nodes)) {
			if (node.kind !== 'question') continue;
			expect(node.answers.length, node.id).toBeGreaterThanOrEqual(2);
			expect(node.answers.length, node.id).toBeLessThanOrEqual(4);
		}
	});

	it('says on every result that papers may be asked for only when the data cannot be looked up', () => {
		for (const node of Object.values(CHOOSER_TREE.nodes)) {
			if (node.kind !== 'result') continue;
			expect(node.ifRefused.join(' '), node.id).toContain('claim:chi-doi-giay-khi-khong-tra-duoc');
		}
	});

	it('gives each page a unique address', () => {
		const slugs = listPaths(CHOOSER_TREE).map((path) => path.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
	});

	it('rests every page on at least one claim', () => {
		for (const node of Object.values(CHOOSER_TREE.nodes)) {
			expect(nodeClaims(node).length, node.id).toBeGreaterThan(0);
		}
	});

	it('links only to pages that exist in content/docs (and anchors they carry)', () => {
		const docs = join(projectRoot(), 'content', 'docs');
		for (const node of Object.values(CHOOSER_TREE.nodes)) {
			for (const href of nodeTexts(node).flatMap(richLinks)) {
				const [path = '', anchor] = href.split('#');
				const slug = path.replace(/^\/|\/$/g, '');
				const file = [join(docs, `${slug}.mdx`), join(docs, slug, 'index.mdx')].find((candidate) =>
					existsSync(candidate)
				);
				expect(file, `${node.id}: ${href}`).toBeDefined();
				if (anchor && file) {
					expect(readFileSync(file, 'utf8'), `${node.id}: ${href}`).toContain(`id="${anchor}"`);
				}
			}
		}
	});

	it('never states an uncertain claim outside the claim markup', () => {
		// Uncertain claims must be named through [words](claim:id) so the page marks them.
		const uncertain = data.claims.filter((claim) => claim.status === 'uncertain');
		for (const node of Object.values(CHOOSER_TREE.nodes)) {
			const named = new Set(
				nodeTexts(node).flatMap((text) =>
					[...text.matchAll(/claim:([a-z0-9-]+)/g)].map((m) => m[1])
				)
			);
			for (const claim of uncertain) {
				if (node.basis.includes(claim.id))
					expect(named.has(claim.id), `${node.id} › ${claim.id}`).toBe(true);
			}
		}
	});
});

describe('personas', () => {
	it('covers the readers named in issue 11', () => {
		expect(PERSONAS.map((persona) => persona.result)).toEqual(
			expect.arrayContaining([
				'ket-qua-the',
				'ket-qua-cmnd',
				'ket-qua-tre-em',
				'ket-qua-sai-du-lieu-the-dung',
				'ket-qua-dia-danh-cu',
			])
		);
	});

	for (const persona of PERSONAS) {
		it(`${persona.name} → Cách ${persona.method}`, () => {
			const node = followAnswers(CHOOSER_TREE, persona.answers);
			expect(node?.kind).toBe('result');
			expect(node?.id).toBe(persona.result);
			expect((node as ResultNode).method).toBe(persona.method);
			expect(persona.answers.length).toBeLessThanOrEqual(3);
		});
	}

	it('sends an older reader without a smartphone to the card, with look-up and CT07 to fall back on', () => {
		const node = followAnswers(CHOOSER_TREE, ['co-the', 'khong-vneid', 'khong-biet']) as ResultNode;
		expect(node.method).toBe(2);
		expect(node.fallback.map((f) => f.method)).toEqual(expect.arrayContaining([1, 6]));
	});

	it('tells a CMND holder to get a thẻ căn cước, with CT07 to fall back on', () => {
		const node = followAnswers(CHOOSER_TREE, ['chi-cmnd']) as ResultNode;
		expect(node.first?.join(' ')).toMatch(/thẻ căn cước/);
		expect(node.fallback.map((f) => f.method)).toContain(6);
	});

	it('tells a reader with wrong data to fix it first, linking the correction guide', () => {
		for (const answer of ['the-van-dung', 'the-sai']) {
			const node = followAnswers(CHOOSER_TREE, ['khac', 'sai-thong-tin', answer]) as ResultNode;
			expect(node.first?.flatMap(richLinks)).toContain('/huong-dan/dieu-chinh-thong-tin-cu-tru/');
		}
	});

	it('tells a reader with an old place name that the card stays valid, re-issue optional', () => {
		const node = followAnswers(CHOOSER_TREE, ['khac', 'dia-danh-cu']) as ResultNode;
		expect(node.summary).toContain('claim:khong-doi-the-vi-sap-nhap');
		expect(node.notes?.join(' ')).toContain('claim:doi-the-mien-phi-vneid');
	});
});

describe('validateTree catches broken trees', () => {
	const result = (id: string, method = 2): ResultNode => ({
		kind: 'result',
		id,
		method,
		summary: 'Tóm tắt.',
		steps: ['Bước.'],
		bring: ['Thẻ.'],
		ifRefused: ['[Chỉ khi không tra được](claim:chi-doi-giay-khi-khong-tra-duoc).'],
		fallback: [{ method: 1, when: 'Khi cần.' }],
		basis: ['nd104-kenh-tra-cuu'],
	});
	const question = (id: string, next: string[]): ChooserTree['nodes'][string] => ({
		kind: 'question',
		id,
		question: 'Câu hỏi?',
		answers: next.map((to, index) => ({ id: `tra-loi-${index}`, label: 'Trả lời', next: to })),
		basis: ['nd104-kenh-tra-cuu'],
	});

	it('accepts a small sound tree', () => {
		const tree: ChooserTree = {
			start: 'a',
			nodes: { a: question('a', ['r', 'r']), r: result('r') },
		};
		expect(validateTree(tree, context)).toEqual([]);
	});

	it('reports an answer leading nowhere, an unreachable node and an unknown method', () => {
		const tree: ChooserTree = {
			start: 'a',
			nodes: {
				a: question('a', ['r', 'missing']),
				r: result('r', 9),
				lonely: result('lonely'),
			},
		};
		const problems = validateTree(tree, context).join('\n');
		expect(problems).toMatch(/missing/);
		expect(problems).toMatch(/lonely: không có câu trả lời nào dẫn tới/);
		expect(problems).toMatch(/Cách 9/);
	});

	it('reports a fourth question and a loop', () => {
		const deep: ChooserTree = {
			start: 'a',
			nodes: {
				a: question('a', ['b', 'r']),
				b: question('b', ['c', 'r']),
				c: question('c', ['d', 'r']),
				d: question('d', ['r', 'r']),
				r: result('r'),
			},
		};
		expect(validateTree(deep, context).join('\n')).toMatch(/quá 3 câu hỏi/);
		const loop: ChooserTree = {
			start: 'a',
			nodes: { a: question('a', ['b', 'r']), b: question('b', ['a', 'r']), r: result('r') },
		};
		expect(validateTree(loop, context).join('\n')).toMatch(/vòng lặp/);
		expect(listPaths(loop).length).toBeGreaterThan(0);
	});

	it('reports too few answers, a missing refusal claim, an unknown claim and a bad link', () => {
		const bad = result('r');
		const tree: ChooserTree = {
			start: 'a',
			nodes: {
				a: question('a', ['r']),
				r: {
					...bad,
					ifRefused: ['Không nêu quy định.'],
					steps: ['Xem [trang](https://example.com) và [điều](claim:khong-co).'],
				},
			},
		};
		const problems = validateTree(tree, context).join('\n');
		expect(problems).toMatch(/2 đến 4 câu trả lời/);
		expect(problems).toMatch(/chi-doi-giay-khi-khong-tra-duoc/);
		expect(problems).toMatch(/khong-co/);
		expect(problems).toMatch(/example\.com/);
	});
});
