/**
 * <class-quiz-take>: the participant's side of the class quiz. Reads the join code (?bo=), limits
 * the self-check quiz to that set, and at the end shows the score, the explanations of the wrong
 * answers and the results QR (code.ts documents what it holds). Nothing is stored or sent: the
 * answers live in this page until it is closed.
 */
import {
	cleanNickname,
	encodeResults,
	isAnswerLetter,
	newAttempt,
	resolveSet,
	type Choice,
	type QuizSet,
	type SetQuestion,
} from '../../../lib/class-quiz/code.ts';
import { scoreText } from '../quiz-grading.ts';
import type { QuizForm } from '../quiz.client.ts';
import { drawQr, preloadQr } from './qr-view.ts';

interface CheckedDetail {
	id: string;
	choice: string;
	correct: boolean;
}

/** Crypto-backed randomness for the attempt code. */
function secureRandom(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

class ClassQuizTake extends HTMLElement {
	#set: QuizSet | null = null;
	#answers = new Map<string, string>();
	#choices = new Map<string, Choice>();
	#attempt: string | null = null;

	async connectedCallback(): Promise<void> {
		for (const element of this.querySelectorAll<HTMLElement>('[data-cq-nojs]')) element.remove();
		for (const element of this.querySelectorAll<HTMLElement>('[data-cq-js]'))
			element.hidden = false;
		await customElements.whenDefined('quiz-form');
		const bank: SetQuestion[] = this.#quiz.questions.flatMap((fieldset) => {
			const answer = fieldset.dataset['answer'] ?? '';
			return isAnswerLetter(answer) ? [{ id: fieldset.dataset['question'] ?? '', answer }] : [];
		});
		this.#answers = new Map(bank.map((q) => [q.id, q.answer]));
		this.#part('join').addEventListener('submit', (event) => {
			event.preventDefault();
			const code = this.#part<HTMLInputElement>('join', 'input').value;
			const url = new URL(location.href);
			url.searchParams.set('bo', code.trim());
			history.replaceState(null, '', url);
			this.#open(code, bank, true);
		});
		this.addEventListener('quiz-checked', (event) => {
			const { id, choice } = (event as CustomEvent<CheckedDetail>).detail;
			this.#choices.set(id, isAnswerLetter(choice) ? choice : null);
			this.#update(true);
		});
		this.addEventListener('quiz-reset', () => {
			this.#choices.clear();
			this.#attempt = null;
			this.#part('result').hidden = true;
			this.#update(false);
		});
		this.#part('show').addEventListener('click', () => void this.#showCode(true));
		this.#part('nick').addEventListener('input', () => {
			if (!this.#part('result').hidden) void this.#showCode(false);
		});
		this.#open(new URLSearchParams(location.search).get('bo') ?? '', bank, false);
	}

	get #quiz(): QuizForm {
		return this.querySelector('quiz-form') as unknown as QuizForm;
	}

	#part<E extends HTMLElement = HTMLElement>(name: string, inner?: string): E {
		const element = this.querySelector<E>(`[data-cq-${name}]${inner ? ` ${inner}` : ''}`);
		if (!element) throw new Error(`missing [data-cq-${name}]`);
		return element;
	}

	/** Opens the set a join code names, or asks for a code (again). */
	#open(code: string, bank: SetQuestion[], typed: boolean): void {
		const sets = JSON.parse(this.dataset['sets'] ?? '[]') as QuizSet[];
		const set = code.trim() ? resolveSet(code, bank, sets) : null;
		const input = this.#part<HTMLInputElement>('join', 'input');
		input.value = code.trim().toUpperCase();
		const error = this.#part('join-error');
		if (!set) {
			this.#part('quiz').hidden = true;
			error.textContent = code.trim()
				? `Không có bộ câu hỏi nào mang mã "${code.trim()}". Kiểm tra lại mã trên màn chiếu rồi nhập lại.`
				: '';
			input.setAttribute('aria-invalid', String(Boolean(code.trim())));
			if (typed) input.focus();
			return;
		}
		this.#set = set;
		this.#part('join').hidden = true;
		this.#quiz.limitTo(set.questionIds);
		this.#part('quiz').hidden = false;
		this.#part('set').hidden = false;
		this.#part('title').textContent = set.title;
		this.#part('intro').textContent =
			`Mã bộ ${set.id}, ${set.questionIds.length} câu. Chọn đáp án rồi bấm "Kiểm tra câu này" ở từng câu. Làm xong, cuối trang hiện mã QR để giảng viên quét.`;
		this.#part('finish').hidden = false;
		if (typed) this.#part('title').focus();
		this.#update(false);
		// Fetch the QR encoder now, while the network is there.
		void preloadQr();
	}

	/** Score, wrong answers, what is left; the code appears by itself once all are answered. */
	#update(announce: boolean): void {
		const set = this.#set;
		if (!set) return;
		const total = set.questionIds.length;
		const correct = set.questionIds.filter(
			(id) => this.#choices.get(id) === this.#answers.get(id)
		).length;
		this.#part('score').textContent = scoreText({
			correct,
			answered: this.#choices.size,
			total,
		});
		this.#renderWrong();
		const left = total - this.#choices.size;
		this.#part('left').textContent =
			left > 0
				? `Còn ${left} câu chưa làm. Vẫn nộp được: các câu đó tính là chưa trả lời.`
				: 'Bạn đã làm hết các câu.';
		if (left === 0 && this.#part('result').hidden) void this.#showCode(false, announce);
		else if (!this.#part('result').hidden) void this.#showCode(false);
	}

	/** Each wrong answer with the right one and its explanation (also shown under the question). */
	#renderWrong(): void {
		const box = this.#part('wrong');
		const wrong = this.#quiz.questions.filter((fieldset) => {
			const id = fieldset.dataset['question'] ?? '';
			return this.#choices.has(id) && this.#choices.get(id) !== this.#answers.get(id);
		});
		if (wrong.length === 0) {
			box.replaceChildren();
			return;
		}
		const heading = document.createElement('h3');
		heading.textContent = 'Những câu chưa đúng';
		const list = document.createElement('ul');
		list.className = 'cq-wrong-list';
		for (const fieldset of wrong) {
			const item = document.createElement('li');
			const number = fieldset.querySelector('[data-quiz-number]')?.textContent ?? '';
			const strong = document.createElement('strong');
			strong.textContent = `${number} Đáp án đúng: ${fieldset.dataset['answer']}. ${fieldset.dataset['answerText']}.`;
			item.append(strong, ' ', fieldset.dataset['explanation'] ?? '');
			list.append(item);
		}
		box.replaceChildren(heading, list);
	}

	/** Draws the results QR for the answers so far (a new attempt code the first time). */
	async #showCode(focus: boolean, announce = focus): Promise<void> {
		const set = this.#set;
		if (!set) return;
		this.#attempt ??= newAttempt(secureRandom);
		const nickname = cleanNickname(this.#part<HTMLInputElement>('nick').value);
		const text = encodeResults({
			setId: set.id,
			version: set.version,
			answers: set.questionIds.map((id) => this.#choices.get(id) ?? null),
			attempt: this.#attempt,
			nickname,
		});
		const qr = this.#part('qr');
		await drawQr(qr, text, 'Mã QR kết quả bài làm');
		qr.dataset['code'] = text;
		const result = this.#part('result');
		result.hidden = false;
		this.#part('attempt').textContent =
			`Mã lượt làm: ${this.#attempt}${nickname ? `, biệt danh: ${nickname}` : ''}. Giảng viên thấy mã lượt này khi quét.`;
		if (announce)
			this.#part('status').textContent =
				'Đã có mã kết quả ở cuối trang. Đưa mã này cho giảng viên quét.';
		if (focus) this.#part('caption').focus();
	}
}

if (!customElements.get('class-quiz-take')) customElements.define('class-quiz-take', ClassQuizTake);
