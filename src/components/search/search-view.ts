/**
 * What the search panel says and shows, as data: the status line for each outcome and the
 * result items. search.client.ts renders it; tests check it without a browser.
 */
import type { EngineHit, RelaxedSearch } from '../../lib/search/relax.ts';

/** At most this many results are listed: a short list is read to the end. */
export const MAX_RESULTS = 10;

/** What Pagefind's `data()` gives for one record (the fields we use). */
export interface RecordData {
	url: string;
	meta: Record<string, string | undefined>;
}

export interface ResultItem {
	href: string;
	title: string;
	/** Where the answer sits: "Câu hỏi thường gặp" for an entry, empty for a page. */
	where: string;
	summary: string;
	/** An answer entry (question) rather than a whole page. */
	isAnswer: boolean;
}

export function resultItem(data: RecordData): ResultItem {
	const isAnswer = data.url.includes('#');
	return {
		href: data.url,
		title: data.meta['title'] ?? data.url,
		where: isAnswer ? (data.meta['page'] ?? '') : '',
		summary: data.meta['summary'] ?? '',
		isAnswer,
	};
}

export type PanelState =
	| { kind: 'idle' }
	| { kind: 'loading' }
	| { kind: 'error' }
	| { kind: 'outcome'; outcome: RelaxedSearch<EngineHit> };

/** The status line read out to screen readers; the help links show when it is not a result list. */
export function statusFor(
	state: PanelState,
	shownResults: number = MAX_RESULTS
): { text: string; showHelp: boolean } {
	switch (state.kind) {
		case 'idle':
			return { text: '', showHelp: false };
		case 'loading':
			return { text: 'Đang tìm…', showHelp: false };
		case 'error':
			return {
				text: 'Chưa tải được bộ tìm kiếm. Kiểm tra kết nối mạng rồi thử lại, hoặc dùng các đường dẫn dưới đây.',
				showHelp: true,
			};
	}
	const { outcome } = state;
	switch (outcome.kind) {
		case 'blank':
			return { text: '', showHelp: false };
		case 'only-function-words':
			return {
				text: 'Hãy gõ thêm từ chỉ việc bạn cần, ví dụ: thẻ căn cước, giấy xác nhận cư trú, VNeID.',
				showHelp: true,
			};
		case 'results': {
			const typed = outcome.typed.join(' ');
			const missing = outcome.missing.length
				? ` Không trang nào có từ: «${outcome.missing.join(' ')}».`
				: '';
			if (outcome.hits.length === 0) {
				return { text: `Không tìm thấy kết quả cho «${typed}».${missing}`, showHelp: true };
			}
			const shown = Math.min(outcome.hits.length, shownResults);
			return outcome.relaxed
				? {
						text: `Tìm theo các từ chính: «${outcome.used.join(' ')}».${missing} ${shown} kết quả phù hợp nhất:`,
						showHelp: false,
					}
				: { text: `${shown} kết quả cho «${typed}»:`, showHelp: false };
		}
	}
}
