/**
 * <class-quiz-start>: the trainer picks a set and starts a session. The projector view shows the
 * join code and a QR of the participants' page for that set (built from this page's own address
 * and the site base, so it works under a sub-folder and on a laptop serving the room). The chosen
 * set is kept in the address (?bo=), so a reload shows the same session.
 */
import {
	customSetId,
	resolveSet,
	type QuizSet,
	type SetQuestion,
} from '../../../lib/class-quiz/code.ts';
import { drawQr } from './qr-view.ts';

class ClassQuizStart extends HTMLElement {
	#sets: QuizSet[] = [];
	#bank: SetQuestion[] = [];

	connectedCallback(): void {
		for (const element of this.querySelectorAll('[data-cq-nojs]')) element.remove();
		for (const element of this.querySelectorAll<HTMLElement>('[data-cq-js]'))
			element.hidden = false;
		this.#sets = JSON.parse(this.dataset['sets'] ?? '[]') as QuizSet[];
		this.#bank = JSON.parse(this.dataset['bank'] ?? '[]') as SetQuestion[];
		const form = this.#part<HTMLFormElement>('pick');
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#start();
		});
		// Ticking a question means a custom list.
		form.addEventListener('change', (event) => {
			const target = event.target as HTMLInputElement;
			if (target.name === 'cau' && target.checked)
				this.#part<HTMLInputElement>('pick', '#cq-bo-custom').checked = true;
		});
		this.#part('change').addEventListener('click', () => {
			this.#part('session').hidden = true;
			form.hidden = false;
			history.replaceState(null, '', location.pathname);
			form.querySelector<HTMLInputElement>('input[name="bo"]:checked')?.focus();
		});
		const code = new URLSearchParams(location.search).get('bo');
		const set = code ? resolveSet(code, this.#bank, this.#sets) : null;
		if (set) void this.#show(set, false);
	}

	#part<E extends HTMLElement = HTMLElement>(name: string, inner?: string): E {
		const element = this.querySelector<E>(`[data-cq-${name}]${inner ? ` ${inner}` : ''}`);
		if (!element) throw new Error(`missing [data-cq-${name}]`);
		return element;
	}

	#start(): void {
		const form = this.#part<HTMLFormElement>('pick');
		const data = new FormData(form);
		const error = this.#part('pick-error');
		let id = String(data.get('bo') ?? '');
		if (id === 'custom') {
			const chosen = data.getAll('cau').map(String);
			if (chosen.length === 0) {
				error.textContent = 'Hãy đánh dấu ít nhất một câu hỏi trong danh sách tự chọn.';
				this.#part<HTMLDetailsElement>('custom').open = true;
				form.querySelector<HTMLInputElement>('input[name="cau"]')?.focus();
				return;
			}
			id = customSetId(
				this.#bank.map((q) => q.id),
				chosen
			);
		}
		const set = resolveSet(id, this.#bank, this.#sets);
		if (!set) {
			error.textContent = 'Hãy chọn một bộ câu hỏi.';
			return;
		}
		error.textContent = '';
		const url = new URL(location.href);
		url.search = `?bo=${set.id}`;
		history.replaceState(null, '', url);
		void this.#show(set, true);
	}

	async #show(set: QuizSet, focus: boolean): Promise<void> {
		const take = new URL(this.dataset['take'] ?? '/tap-huan/lam-bai/', location.href);
		take.search = `?bo=${set.id}`;
		const collect = new URL(this.dataset['collect'] ?? '/tap-huan/thu-ket-qua/', location.href);
		collect.search = `?bo=${set.id}`;
		this.#part('pick').hidden = true;
		this.#part('session').hidden = false;
		this.#part('set-title').textContent = `${set.title}, ${set.questionIds.length} câu`;
		this.#part('url').textContent = `${take.host}${take.pathname}`;
		this.#part('code').textContent = set.id;
		this.#part<HTMLAnchorElement>('collect').href = collect.pathname + collect.search;
		const qr = this.#part('qr');
		qr.dataset['url'] = take.href;
		if (focus) this.#part('session-title').focus();
		await drawQr(qr, take.href, `Mã QR mở trang làm bài, bộ câu hỏi ${set.id}`);
	}
}

if (!customElements.get('class-quiz-start'))
	customElements.define('class-quiz-start', ClassQuizStart);
