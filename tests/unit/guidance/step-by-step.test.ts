import { describe, expect, it } from 'vitest';
import {
	buildStepByStep,
	headingTag,
	parseTask,
} from '../../../src/components/guidance/step-by-step.ts';

describe('parseTask', () => {
	it('keeps plain text as one segment', () => {
		expect(parseTask('Mở ứng dụng VNeID.')).toEqual([{ text: 'Mở ứng dụng VNeID.' }]);
	});
	it('turns [label](href) into a link between text', () => {
		expect(parseTask('Xem [Cách 5](/cach-5/) trước.')).toEqual([
			{ text: 'Xem ' },
			{ text: 'Cách 5', href: '/cach-5/' },
			{ text: ' trước.' },
		]);
	});
	it('puts root-relative links under the base path but leaves external ones', () => {
		expect(parseTask('[a](/tu-ngu/) [b](https://dichvucong.gov.vn)', '/7cach/')).toEqual([
			{ text: 'a', href: '/7cach/tu-ngu/' },
			{ text: ' ' },
			{ text: 'b', href: 'https://dichvucong.gov.vn' },
		]);
	});
});

describe('buildStepByStep', () => {
	it('numbers stages in order', () => {
		const groups = buildStepByStep([{ title: 'Một' }, { title: 'Hai' }]);
		expect(groups.map((group) => [group.number, group.main.title, group.main.id])).toEqual([
			[1, 'Một', 'buoc-1'],
			[2, 'Hai', 'buoc-2'],
		]);
	});
	it('nests an "hoặc" stage under the numbered stage before it, sharing its number', () => {
		const groups = buildStepByStep(
			[
				{ title: 'Làm trên VNeID' },
				{ title: 'Đến Công an xã', connector: 'hoặc' },
				{ title: 'Nhận kết quả' },
			],
			{ idPrefix: 'ct07' }
		);
		expect(groups).toHaveLength(2);
		expect(groups[0]?.alternatives).toEqual([
			{ id: 'ct07-1-2', title: 'Đến Công an xã', tasks: [], connector: 'hoặc', superseded: false },
		]);
		expect(groups[1]?.number).toBe(2);
	});
	it('keeps the superseded flag for history stages', () => {
		const [group] = buildStepByStep([{ title: 'Cổng cũ', superseded: true }]);
		expect(group?.main.superseded).toBe(true);
	});
	it('rejects an empty list, an untitled stage and a leading connector', () => {
		expect(() => buildStepByStep([])).toThrowError(/ít nhất một bước/);
		expect(() => buildStepByStep([{ title: '  ' }])).toThrowError(/bước thứ 1 chưa có tiêu đề/);
		expect(() => buildStepByStep([{ title: 'A', connector: 'và' }])).toThrowError(
			/không thể bắt đầu bằng "và"/
		);
	});
});

describe('headingTag', () => {
	it('uses the given level and one below for alternatives', () => {
		expect(headingTag(3)).toBe('h3');
		expect(headingTag(3, true)).toBe('h4');
	});
	it('stays between h2 and h6', () => {
		expect(headingTag(1)).toBe('h2');
		expect(headingTag(6, true)).toBe('h6');
	});
});
