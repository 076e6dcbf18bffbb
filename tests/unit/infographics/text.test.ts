import { describe, expect, it } from 'vitest';
import {
	ellipsize,
	fitList,
	fitText,
	nfc,
	wrapText,
	type Measure,
} from '../../../src/lib/infographics/text.ts';

// Every character is 0.5 em wide: easy arithmetic.
const mono: Measure = (text, size) => [...text].length * size * 0.5;

describe('text layout', () => {
	it('normalises decomposed Vietnamese to NFC and collapses spaces', () => {
		const decomposed = 'Ca\u0301ch  1'.normalize('NFD');
		expect(nfc(decomposed)).toBe('Cách 1');
		expect(nfc(decomposed)).toBe(nfc(decomposed).normalize('NFC'));
	});

	it('wraps at word boundaries within the width', () => {
		const { lines, fits } = wrapText('một hai ba bốn năm sáu', 100, 20, 400, mono);
		expect(fits).toBe(true);
		for (const line of lines) expect(mono(line, 20, 400)).toBeLessThanOrEqual(100);
		expect(lines.join(' ')).toBe('một hai ba bốn năm sáu');
	});

	it('balances lines instead of leaving one word alone on the last line', () => {
		// 18 characters fit a line: greedy would give "7 CÁCH THAY SỔ HỘ" + "KHẨU".
		const { lines } = wrapText('7 CÁCH THAY SỔ HỘ KHẨU', (18 * 10) / 0.96, 20, 800, mono);
		expect(lines).toEqual(['7 CÁCH THAY', 'SỔ HỘ KHẨU']);
	});

	it('reports a word wider than the box instead of clipping it', () => {
		expect(wrapText('Supercalifragilistic', 50, 20, 400, mono).fits).toBe(false);
	});

	it('shrinks text until it fits the box and the line limit', () => {
		const fitted = fitText(
			'một hai ba bốn năm sáu bảy',
			{
				maxWidth: 120,
				maxHeight: 60,
				maxSize: 40,
				minSize: 10,
				weight: 800,
				lineHeight: 1.2,
				maxLines: 2,
			},
			mono
		);
		expect(fitted.fits).toBe(true);
		expect(fitted.lines.length).toBeLessThanOrEqual(2);
		expect(fitted.height).toBeLessThanOrEqual(60);
		expect(fitted.size).toBeLessThan(40);
	});

	it('says when even the smallest size does not fit', () => {
		const fitted = fitText(
			'một hai ba bốn năm sáu bảy tám chín mười',
			{ maxWidth: 60, maxHeight: 20, maxSize: 20, minSize: 16, weight: 400, lineHeight: 1.2 },
			mono
		);
		expect(fitted.fits).toBe(false);
	});

	it('sets every list item at one shared size', () => {
		const list = fitList(
			['ngắn', 'một câu dài hơn nhiều để phải xuống dòng'],
			{
				maxWidth: 200,
				maxHeight: 200,
				maxSize: 30,
				minSize: 10,
				weight: 700,
				lineHeight: 1.25,
				gap: 0.5,
			},
			mono
		);
		expect(list.fits).toBe(true);
		expect(list.height).toBeLessThanOrEqual(200);
		expect(list.items).toHaveLength(2);
	});

	it('ellipsizes a line that is too long', () => {
		const out = ellipsize('một hai ba bốn năm sáu bảy tám', 100, 20, 400, mono);
		expect(out.endsWith('…')).toBe(true);
		expect(mono(out, 20, 400)).toBeLessThanOrEqual(100);
	});
});
