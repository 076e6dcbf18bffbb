/**
 * The class results as DOM for the projector (large type): per-question table, the questions to
 * revisit with the most common wrong answer and its explanation, and the score distribution.
 * Figures come from stats.ts; the same figures go into the CSV.
 */
import type { ClassStats, QuestionFigures } from '../../../lib/class-quiz/stats.ts';
import { el } from '../../element.ts';

/** A bar for a share 0–100: decorative, the number beside it is the information. */
function bar(percent: number): HTMLElement {
	const outer = el('span', undefined, 'cq-bar');
	outer.setAttribute('aria-hidden', 'true');
	const inner = el('span');
	inner.style.inlineSize = `${percent}%`;
	outer.append(inner);
	return outer;
}

/** A table with its caption and column headings, marked with `data-<marker>`; rows go in `body`. */
function tableWithHead(
	marker: string,
	caption: string,
	titles: readonly string[]
): [HTMLTableElement, HTMLTableSectionElement] {
	const table = el('table', undefined, 'cq-table');
	table.dataset[marker] = '';
	const head = el('tr');
	for (const title of titles) {
		const th = el('th', title);
		th.scope = 'col';
		head.append(th);
	}
	const thead = el('thead');
	thead.append(head);
	const body = el('tbody');
	table.append(el('caption', caption), thead, body);
	return [table, body];
}

function wrongText(q: QuestionFigures): string {
	return q.commonWrong
		? `${q.commonWrong.letter}. ${q.commonWrong.text} (${q.commonWrong.count} người)`
		: 'Không ai chọn sai';
}

function questionTable(stats: ClassStats): HTMLTableElement {
	const [table, body] = tableWithHead('cqQuestions', 'Tỉ lệ trả lời đúng từng câu', [
		'Câu',
		'Câu hỏi',
		'Trả lời đúng',
		'Sai nhiều nhất',
	]);
	for (const q of stats.questions) {
		const row = el('tr');
		row.dataset['question'] = q.id;
		const number = el('th', String(q.number));
		number.scope = 'row';
		const share = el('td');
		share.append(el('span', `${q.percentCorrect}%`, 'cq-percent'), bar(q.percentCorrect));
		share.dataset['cqPercent'] = String(q.percentCorrect);
		row.append(number, el('td', q.question), share, el('td', wrongText(q)));
		body.append(row);
	}
	return table;
}

function revisitList(stats: ClassStats): HTMLElement {
	const box = el('div');
	box.append(el('h3', 'Nên ôn lại trước'));
	if (stats.revisit.length === 0) {
		box.append(el('p', 'Không có câu nào dưới 80% trả lời đúng.'));
		return box;
	}
	const list = el('ol', undefined, 'cq-revisit');
	list.dataset['cqRevisit'] = '';
	for (const q of stats.revisit) {
		const item = el('li');
		item.dataset['question'] = q.id;
		item.append(el('strong', `Câu ${q.number} (${q.percentCorrect}% đúng): ${q.question}`));
		if (q.commonWrong)
			item.append(
				el(
					'p',
					`Nhiều người chọn: ${q.commonWrong.letter}. ${q.commonWrong.text} (${q.commonWrong.count} người).`
				)
			);
		item.append(el('p', `Đáp án đúng: ${q.answer}. ${q.answerText}. ${q.explanation}`));
		list.append(item);
	}
	box.append(list);
	return box;
}

function distributionTable(stats: ClassStats): HTMLTableElement {
	const [table, body] = tableWithHead('cqDistribution', 'Phân bố điểm', [
		'Số câu đúng',
		'Số người',
	]);
	const most = Math.max(1, ...stats.distribution.map((d) => d.count));
	for (const d of [...stats.distribution].reverse()) {
		const row = el('tr');
		const score = el('th', `${d.score}/${stats.questions.length}`);
		score.scope = 'row';
		const count = el('td');
		count.append(el('span', String(d.count), 'cq-percent'), bar((100 * d.count) / most));
		row.append(score, count);
		body.append(row);
	}
	return table;
}

/** Replaces `target`'s content with the class results. */
export function renderStats(target: HTMLElement, stats: ClassStats): void {
	if (stats.participants === 0) {
		target.replaceChildren(
			el('p', 'Chưa có kết quả nào. Quét mã trên điện thoại học viên để bắt đầu.')
		);
		return;
	}
	target.replaceChildren(questionTable(stats), revisitList(stats), distributionTable(stats));
}
