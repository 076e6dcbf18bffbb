import type { Link, Root, Text } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { fillText, fillValue, siteTokens } from '../../../src/lib/content-data/site-text.ts';
import { remarkSiteText } from '../../../src/lib/markdown/remark-site-text.ts';
import { buildSidebar, dispatchLabel } from '../../../src/lib/sidebar.ts';
import { fixtureMethod, fixtureSite } from '../../fixtures/content-data/index.ts';

const tokens = siteTokens(fixtureSite);

describe('province placeholders', () => {
	test('built-in names come from site.yaml, local ones from localText', () => {
		const { text, unknown } = fillText(
			'«công văn» («số công văn», «ngày công văn») của «tỉnh»: «sắp xếp 2025».',
			tokens
		);
		expect(text).toBe(
			'Công văn 1 (1/BCĐ-THU, 01/01/2023) của Tỉnh Thử Nghiệm: Tỉnh Thử Nghiệm giữ nguyên địa giới.'
		);
		expect(unknown).toEqual([]);
	});

	test('an unknown name is reported and left visible', () => {
		expect(fillText('ở «huyện»', tokens)).toEqual({ text: 'ở «huyện»', unknown: ['huyện'] });
	});

	test('in parsed YAML, a date field gets the dispatch date as a date; text gets dd/mm/yyyy', () => {
		const unknown: string[] = [];
		const value = fillValue(
			{
				sources: [{ title: 'Công văn «số công văn»', date: '«ngày công văn»' }],
				options: ['«ngày công văn»'],
				note: '«không có»',
			},
			tokens,
			(name, path) => unknown.push(`${path.join('.')}: ${name}`)
		);
		expect(value).toEqual({
			sources: [{ title: 'Công văn 1/BCĐ-THU', date: '2023-01-01' }],
			options: ['01/01/2023'],
			note: '«không có»',
		});
		expect(unknown).toEqual(['note: không có']);
	});
});

function runRemark(markdown: string): Root {
	const processor = unified().use(remarkParse).use(remarkMdx).use(remarkSiteText, { tokens });
	const file = new VFile({ path: 'trang.mdx', value: markdown });
	return processor.runSync(processor.parse(file), file) as Root;
}

describe('remarkSiteText', () => {
	test('fills text, link addresses and component attributes', () => {
		const tree = runRemark(
			'Ở «tỉnh», xem [«công văn»](<«trang công văn»>).\n\n<Note label="«tỉnh»">«đơn vị phát hành»</Note>\n'
		);
		const texts: string[] = [];
		visit(tree, 'text', (node: Text) => void texts.push(node.value));
		const links: string[] = [];
		visit(tree, 'link', (node: Link) => void links.push(node.url));
		expect(texts.join('|')).toBe('Ở Tỉnh Thử Nghiệm, xem |Công văn 1|.|Công an tỉnh Thử Nghiệm');
		expect(links).toEqual(['/van-ban/cong-van/']);
		expect(JSON.stringify(tree)).toContain('"value":"Tỉnh Thử Nghiệm"');
	});

	test('an unknown placeholder or a bare placeholder address stops the build, naming the page', () => {
		expect(() => runRemark('Ở «huyện».')).toThrow(/trang\.mdx: «huyện» không có trong site\.yaml/);
		expect(() => runRemark('Xem [toàn văn](«trang công văn»).')).toThrow(/<«trang công văn»>/);
	});
});

describe('sidebar dispatch entry', () => {
	test("names the province's own dispatch and lists the legal-basis page once", () => {
		expect(dispatchLabel(fixtureSite)).toBe('Công văn 1 (Tỉnh Thử Nghiệm, 2023)');
		const documents = (site: typeof fixtureSite) => {
			const group = buildSidebar([fixtureMethod], site).find((item) => item.label === 'Văn bản');
			return group && 'items' in group ? group.items.map((i) => ('slug' in i ? i.slug : '')) : [];
		};
		expect(documents(fixtureSite)).toEqual(['van-ban/cong-van', 'van-ban/can-cu-phap-ly']);
		const summarised = {
			...fixtureSite,
			dispatch: { ...fixtureSite.dispatch, page: 'van-ban/can-cu-phap-ly' },
		};
		expect(documents(summarised)).toEqual(['van-ban/can-cu-phap-ly']);
	});
});
