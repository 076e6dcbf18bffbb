import { describe, expect, it } from 'vitest';
import { resultItem, statusFor } from '../../../src/components/search/search-view.ts';

describe('search panel text', () => {
	it('labels an answer with the page it sits on, a page with nothing', () => {
		expect(
			resultItem({
				url: '/hoi-dap/#mat',
				meta: { title: 'Mất thẻ?', page: 'Câu hỏi thường gặp', summary: 'Cấp lại.' },
			})
		).toEqual({
			href: '/hoi-dap/#mat',
			title: 'Mất thẻ?',
			where: 'Câu hỏi thường gặp',
			summary: 'Cấp lại.',
			isAnswer: true,
		});
		expect(resultItem({ url: '/cach-2/', meta: { title: 'Cách 2' } }).where).toBe('');
	});

	it('tells which words were used when the question was relaxed', () => {
		const status = statusFor({
			kind: 'outcome',
			outcome: {
				kind: 'results',
				hits: [{ id: 'a', score: 1 }],
				typed: ['the', 'bi', 'hong', 'xyz'],
				used: ['the', 'hong'],
				missing: ['xyz'],
				relaxed: true,
			},
		});
		expect(status.text).toBe(
			'Tìm theo các từ chính: «the hong». Không trang nào có từ: «xyz». 1 kết quả phù hợp nhất:'
		);
		expect(status.showHelp).toBe(false);
	});

	it('offers help when nothing is found, only function words were typed, or the index fails', () => {
		const none = statusFor({
			kind: 'outcome',
			outcome: {
				kind: 'results',
				hits: [],
				typed: ['zz'],
				used: [],
				missing: ['zz'],
				relaxed: true,
			},
		});
		expect(none.showHelp).toBe(true);
		expect(none.text).toContain('Không tìm thấy kết quả cho «zz»');
		expect(
			statusFor({ kind: 'outcome', outcome: { kind: 'only-function-words', typed: ['có'] } })
		).toMatchObject({ showHelp: true });
		expect(statusFor({ kind: 'error' })).toMatchObject({ showHelp: true });
		expect(statusFor({ kind: 'loading' })).toEqual({ text: 'Đang tìm…', showHelp: false });
	});
});
