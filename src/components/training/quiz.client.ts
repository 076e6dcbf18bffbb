/**
 * <quiz-form>: a self-check quiz. Each question is checked with its own button; the verdict, the
 * explanation and the source link appear under it, are announced (polite live region) and stay
 * on screen. The score is a sentence. Answers stay in this page only: nothing is stored or sent.
 * Without this script the page is a printable list with a "Xem đáp án" disclosure per question.
 *
 * For the class quiz (<class-quiz-take>): `limitTo` keeps one question set, and each check and
 * reset is told with a bubbling `quiz-checked` / `quiz-reset` event.
 */
// Only the grading module: quiz.ts imports the schemas, which would bring Zod into the browser.
import { isCorrect, scoreText, tally, verdictText } from './quiz-grading.ts';

class QuizForm extends HTMLElement {
	#results = new Map<string, boolean>();
	#questions: HTMLFieldSetElement[] = [];

	connectedCallback(): void {
		this.#questions = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
		for (const element of this.querySelectorAll<HTMLElement>('[data-quiz-js]'))
			element.hidden = false;
		// The answers move into the feedback once the script runs.
		for (const details of this.querySelectorAll<HTMLElement>('[data-quiz-answer]'))
			details.hidden = true;
		this.addEventListener('click', this.#onClick);
		this.#renderScore();
	}

	/** Keeps only the questions `ids` (in page order), numbered again from 1. */
	limitTo(ids: readonly string[]): void {
		const keep = new Set(ids);
		for (const fieldset of this.#questions)
			if (!keep.has(fieldset.dataset['question'] ?? '')) fieldset.closest('li')?.remove();
		for (const group of this.querySelectorAll('.quiz-group'))
			if (!group.querySelector('fieldset[data-question]')) group.remove();
		this.#questions = this.#questions.filter((f) => f.isConnected);
		this.#questions.forEach((fieldset, i) => {
			const item = fieldset.closest('li');
			if (item) item.value = i + 1;
			const number = fieldset.querySelector('[data-quiz-number]');
			if (number) number.textContent = `Câu ${i + 1}.`;
		});
		const total = this.querySelector('[data-quiz-total]');
		if (total) total.textContent = `Bộ câu hỏi có ${this.#questions.length} câu.`;
		this.#renderScore();
	}

	/** The questions on the page, in order. */
	get questions(): readonly HTMLFieldSetElement[] {
		return this.#questions;
	}

	#onClick = (event: MouseEvent): void => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-quiz-action]');
		if (!button) return;
		if (button.dataset['quizAction'] === 'reset') this.#reset();
		const fieldset = button.closest<HTMLFieldSetElement>('fieldset[data-question]');
		if (button.dataset['quizAction'] === 'check' && fieldset) this.#check(fieldset, button);
	};

	#check(fieldset: HTMLFieldSetElement, button: HTMLButtonElement): void {
		const id = fieldset.dataset['question'] ?? '';
		if (this.#results.has(id)) return;
		const feedback = fieldset.querySelector<HTMLElement>('[data-quiz-feedback]');
		const chosen = fieldset.querySelector<HTMLInputElement>('input[type="radio"]:checked');
		if (!feedback) return;
		if (!chosen) {
			feedback.dataset['state'] = 'empty';
			feedback.textContent = 'Hãy chọn một đáp án rồi bấm Kiểm tra.';
			return;
		}
		const answer = fieldset.dataset['answer'] ?? '';
		const right = isCorrect(answer, chosen.value);
		this.#results.set(id, right);

		// Lock the question: the first answer is the one that counts.
		for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
			radio.disabled = radio !== chosen;
		}
		button.setAttribute('aria-disabled', 'true');
		button.textContent = 'Đã kiểm tra';

		const source = fieldset.querySelector<HTMLAnchorElement>(
			'[data-quiz-answer] a[data-quiz-source]'
		);
		feedback.dataset['state'] = right ? 'right' : 'wrong';
		feedback.replaceChildren();
		const verdict = document.createElement('p');
		verdict.className = 'quiz-verdict';
		verdict.textContent = `${right ? '✓' : '✗'} ${verdictText(
			right,
			answer,
			fieldset.dataset['answerText'] ?? ''
		)}`;
		const explanation = document.createElement('p');
		explanation.textContent = fieldset.dataset['explanation'] ?? '';
		feedback.append(verdict, explanation);
		if (source) {
			const more = document.createElement('p');
			more.append('Đọc thêm: ', source.cloneNode(true));
			feedback.append(more);
		}
		this.#renderScore();
		this.dispatchEvent(
			new CustomEvent('quiz-checked', {
				bubbles: true,
				detail: { id, choice: chosen.value, correct: right },
			})
		);
	}

	#reset(): void {
		this.#results.clear();
		for (const fieldset of this.#questions) {
			for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
				radio.disabled = false;
				radio.checked = false;
			}
			const button = fieldset.querySelector<HTMLButtonElement>('button[data-quiz-action="check"]');
			button?.removeAttribute('aria-disabled');
			if (button) button.textContent = 'Kiểm tra câu này';
			const feedback = fieldset.querySelector<HTMLElement>('[data-quiz-feedback]');
			if (feedback) {
				feedback.replaceChildren();
				delete feedback.dataset['state'];
			}
		}
		this.#renderScore();
		this.dispatchEvent(new CustomEvent('quiz-reset', { bubbles: true }));
		this.#questions[0]?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
	}

	#renderScore(): void {
		const text = scoreText(tally(this.#results, this.#questions.length));
		for (const score of this.querySelectorAll<HTMLElement>('[data-quiz-score]'))
			score.textContent = text;
	}
}

export type { QuizForm };

if (!customElements.get('quiz-form')) customElements.define('quiz-form', QuizForm);
