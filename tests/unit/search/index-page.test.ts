import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { select } from 'hast-util-select';
import {
	addSearchText,
	compileSynonyms,
	extractAnswers,
	firstSentence,
	removeFaqItems,
	searchAdditions,
	termMatcher,
} from '../../../src/lib/search/index-page.ts';

const synonyms = compileSynonyms([
	{ id: 'the', terms: ['thẻ căn cước', 'CCCD', 'thẻ chip'] },
	{ id: 'mat', terms: ['bị mất', 'thất lạc'] },
]);

describe('synonyms in the index', () => {
	it('match whole terms only', () => {
		expect(termMatcher('CCCD').test('thẻ cccd còn hạn')).toBe(true);
		expect(termMatcher('CCCD').test('cccdx')).toBe(false);
		expect(termMatcher('bị mất').test('tôi bị  mất thẻ')).toBe(true);
	});

	it('work both ways: each term brings the others', () => {
		expect(searchAdditions('Đưa thẻ căn cước cho cán bộ', synonyms)).toContain('CCCD');
		expect(searchAdditions('Đưa thẻ căn cước cho cán bộ', synonyms)).toContain('thẻ chip');
		expect(searchAdditions('Tôi chỉ có thẻ chip', synonyms)).toContain('thẻ căn cước');
		expect(searchAdditions('Thẻ bị thất lạc', synonyms)).toContain('bị mất');
		expect(searchAdditions('Tôi bị mất thẻ', synonyms)).toContain('thất lạc');
		expect(searchAdditions('Không liên quan', synonyms)).not.toContain('CCCD');
	});

	it('fold "đ", which the search engine does not, for people who type "d"', () => {
		const added = searchAdditions('Đăng ký định danh điện tử', synonyms);
		expect(added.split(' ')).toEqual(expect.arrayContaining(['dang', 'dinh', 'dien']));
	});

	it('are appended to each block of the page copy that goes to the index', () => {
		const tree = fromHtml('<main><p>Đưa thẻ căn cước.</p><ul><li>Bị mất thẻ</li></ul></main>', {
			fragment: true,
		});
		addSearchText(tree, synonyms);
		const text = toText(tree);
		expect(text).toContain('CCCD');
		expect(text).toContain('thất lạc');
	});
});

const PAGE = `<html><head><meta name="description" content="Mô tả"></head><body>
<main data-pagefind-body><h1>Câu hỏi</h1><div class="sl-markdown-content">
<p>Mở đầu.</p>
<h2 id="the">Thẻ</h2>
<details class="faq-item"><summary><h3 id="mat-the">Mất thẻ thì làm gì?</h3></summary>
<div class="faq-answer"><p>Đến Công an xã làm thủ tục cấp lại. Trong lúc chờ, dùng Cách 1.</p></div></details>
<h2 id="vuong-mac">Vướng mắc thường gặp</h2>
<h3 id="khong-nfc">Điện thoại không có NFC</h3>
<p>Dùng máy đọc của cơ quan.</p>
<h2 id="khac">Khác</h2>
<h3 id="hoi">Có mất phí không?</h3>
<p>Không mất phí.</p>
<h3 id="ghi-chu">Ghi chú</h3>
<p>Không phải câu hỏi.</p>
</div></main></body></html>`;

describe('answers as their own records', () => {
	it('come from FAQ items, "what if" cases and question headings, with their section', () => {
		const entries = extractAnswers(fromHtml(PAGE));
		expect(entries.map((e) => [e.anchor, e.question, e.section])).toEqual([
			['mat-the', 'Mất thẻ thì làm gì?', 'Thẻ'],
			['khong-nfc', 'Điện thoại không có NFC', 'Vướng mắc thường gặp'],
			['hoi', 'Có mất phí không?', 'Khác'],
		]);
		expect(entries[0]?.summary).toBe('Đến Công an xã làm thủ tục cấp lại.');
		expect(toText({ type: 'root', children: entries[1]!.content })).toContain('máy đọc');
	});

	it('leave the page record without the FAQ items they repeat', () => {
		const tree = fromHtml(PAGE);
		removeFaqItems(tree);
		const main = select('main', tree)!;
		expect(toText(main)).not.toContain('Mất thẻ thì làm gì?');
		expect(toText(main)).toContain('Điện thoại không có NFC');
	});

	it('are summed up by their first sentence', () => {
		expect(firstSentence('Không.  Sổ hộ khẩu hết giá trị. Xem thêm.')).toBe('Không.');
		expect(firstSentence('a'.repeat(300), 20)).toHaveLength(20);
	});
});
