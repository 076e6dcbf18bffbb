/**
 * <slide-deck>: turns the server-rendered list of slides into a presentation. Without this script
 * every slide stays visible as a long readable page. DOM wiring only; the rules live in
 * slide-deck.ts. The audience and presenter windows of one deck follow each other over a
 * BroadcastChannel, so the speaker's notes stay on the presenter's screen.
 */
import {
	apply,
	channelName,
	controlsState,
	counterText,
	formatElapsed,
	goto,
	hashForIndex,
	IDLE_EVENT,
	IDLE_MS,
	indexFromHash,
	keyAction,
	parseMessage,
	swipeAction,
	type DeckAction,
	type DeckState,
} from './slide-deck.ts';

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
const CONTROL = 'button, a[href], summary';

class SlideDeck extends HTMLElement {
	#slides: HTMLElement[] = [];
	#state: DeckState = { index: 0, total: 0 };
	#channel: BroadcastChannel | null = null;
	#counter: HTMLElement | null = null;
	#presentButton: HTMLButtonElement | null = null;
	#touchStart: { x: number; y: number } | null = null;
	#clock: number | undefined;
	#idleTimer: number | undefined;

	connectedCallback(): void {
		this.#slides = [...this.querySelectorAll<HTMLElement>('[data-deck-slide]')];
		this.#state = { index: 0, total: this.#slides.length };
		if (!this.#state.total) return;
		this.#counter = this.querySelector('[data-deck-counter]');
		this.#presentButton = this.querySelector('[data-deck-action="present"]');
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-deck-js]'))
			hidden.hidden = false;
		this.dataset['enhanced'] = '';

		this.addEventListener('click', this.#onClick);
		document.addEventListener('keydown', this.#onKey);
		document.addEventListener('fullscreenchange', this.#onFullscreenChange);
		window.addEventListener('hashchange', this.#onHashChange);
		this.addEventListener('touchstart', this.#onTouchStart, { passive: true });
		this.addEventListener('touchend', this.#onTouchEnd, { passive: true });
		this.addEventListener('pointermove', this.#wake);
		this.addEventListener('pointerdown', this.#wake);
		this.addEventListener('focusin', this.#onFocusIn);
		this.addEventListener(IDLE_EVENT, this.#onIdle);

		if ('BroadcastChannel' in window && this.dataset['deckId']) {
			this.#channel = new BroadcastChannel(channelName(this.dataset['deckId']));
			this.#channel.addEventListener('message', this.#onMessage);
		}
		const fromHash = indexFromHash(location.hash, this.#state.total);
		this.#show(fromHash ?? 0, { broadcast: false });
		// The browser scrolled to the slide's id; show the whole deck with its buttons instead.
		if (fromHash !== null) this.scrollIntoView({ block: 'start' });
		if (this.#isPresenter) {
			// Ask the audience window where it is, in case the presenter opened late.
			this.#channel?.postMessage({ type: 'hello' });
			const clock = this.querySelector('[data-deck-clock]');
			const started = Date.now();
			this.#clock = window.setInterval(() => {
				if (clock) clock.textContent = formatElapsed((Date.now() - started) / 1000);
			}, 1000);
		}
	}

	disconnectedCallback(): void {
		document.removeEventListener('keydown', this.#onKey);
		document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
		window.removeEventListener('hashchange', this.#onHashChange);
		this.#channel?.close();
		window.clearInterval(this.#clock);
		window.clearTimeout(this.#idleTimer);
	}

	get #isPresenter(): boolean {
		return this.dataset['view'] === 'presenter';
	}

	get #presenting(): boolean {
		return this.dataset['presenting'] !== undefined;
	}

	/** Shows one slide, updates the counter, the URL hash and the other window. */
	#show(index: number, { broadcast = true } = {}): void {
		this.#state = goto(this.#state, index);
		const current = this.#state.index;
		this.#slides.forEach((slide, i) => {
			if (i === current) slide.dataset['current'] = '';
			else delete slide.dataset['current'];
		});
		if (this.#counter) this.#counter.textContent = counterText(this.#state);
		for (const button of this.querySelectorAll<HTMLElement>('[data-deck-action="prev"]')) {
			button.setAttribute('aria-disabled', String(current === 0));
		}
		for (const button of this.querySelectorAll<HTMLElement>('[data-deck-action="next"]')) {
			button.setAttribute('aria-disabled', String(current === this.#state.total - 1));
		}
		const nextTitle = this.querySelector('[data-deck-next]');
		if (nextTitle) {
			const upcoming = this.#slides[current + 1]?.querySelector('h2')?.textContent?.trim();
			nextTitle.textContent = upcoming ?? 'Hết bài trình chiếu';
		}
		const hash = hashForIndex(current);
		// Slide 1 on a fresh load keeps a clean URL; every move after that is written to the hash.
		if (location.hash !== hash && (location.hash || current > 0)) {
			history.replaceState(history.state, '', hash);
		}
		for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-deck-presenter]')) {
			link.hash = hash;
		}
		if (broadcast) this.#channel?.postMessage({ type: 'goto', index: current });
	}

	#do(action: DeckAction): void {
		if (action === 'exit') {
			this.#setPresenting(false);
			return;
		}
		this.#show(apply(this.#state, action).index);
	}

	#setPresenting(on: boolean): void {
		if (on) {
			this.dataset['presenting'] = '';
			document.documentElement.classList.add('slide-deck-presenting');
			// Full screen where the browser allows it; the fixed overlay covers the page either way.
			this.requestFullscreen?.().catch(() => undefined);
			// Focus on the stage, not on a control, so the controls can fade; Tab brings them back.
			this.querySelector<HTMLElement>('[data-deck-stage]')?.focus();
			this.#wake();
		} else {
			delete this.dataset['presenting'];
			document.documentElement.classList.remove('slide-deck-presenting');
			if (document.fullscreenElement === this) document.exitFullscreen().catch(() => undefined);
			this.#setControls('shown');
			this.#presentButton?.focus();
		}
		this.#presentButton?.setAttribute('aria-pressed', String(on));
	}

	#setControls(state: 'shown' | 'hidden'): void {
		this.dataset['controls'] = state;
		window.clearTimeout(this.#idleTimer);
		if (state === 'shown' && this.#presenting) {
			// data-idle-ms lets a test (or a slow presenter) lengthen the quiet spell.
			const delay = Number(this.dataset['idleMs']) || IDLE_MS;
			this.#idleTimer = window.setTimeout(() => this.dispatchEvent(new Event(IDLE_EVENT)), delay);
		}
	}

	/** Pointer movement, a key or a tap: the controls show (and fade again after a quiet spell). */
	#wake = (): void => {
		this.#setControls(controlsState('activity', this.#controlsContext()));
	};

	#onIdle = (): void => {
		this.#setControls(controlsState('idle', this.#controlsContext()));
	};

	#onFocusIn = (event: FocusEvent): void => {
		if ((event.target as Element).closest('.deck-controls')) this.#wake();
	};

	#controlsContext() {
		const active = document.activeElement;
		return {
			presenting: this.#presenting,
			keyboardFocusInControls: Boolean(
				active?.closest('.deck-controls') && active.matches(':focus-visible')
			),
		};
	}

	#onClick = (event: MouseEvent): void => {
		const target = (event.target as Element).closest<HTMLElement>('[data-deck-action]');
		if (!target || target.getAttribute('aria-disabled') === 'true') return;
		const action = target.dataset['deckAction'];
		if (action === 'present') this.#setPresenting(!this.#presenting);
		else if (action === 'next' || action === 'prev' || action === 'exit') this.#do(action);
	};

	#onKey = (event: KeyboardEvent): void => {
		if (this.#presenting) this.#wake();
		if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
		const target = event.target as Element | null;
		if (target?.closest?.(EDITABLE)) return;
		const action = keyAction(event.key, {
			shift: event.shiftKey,
			presenting: this.#presenting,
			onControl: Boolean(target?.closest?.(CONTROL)),
		});
		if (!action) return;
		event.preventDefault();
		this.#do(action);
	};

	#onFullscreenChange = (): void => {
		// Leaving full screen with the browser's own Escape also leaves presenting mode.
		if (!document.fullscreenElement && this.#presenting) this.#setPresenting(false);
	};

	#onHashChange = (): void => {
		const index = indexFromHash(location.hash, this.#state.total);
		if (index !== null && index !== this.#state.index) this.#show(index);
	};

	#onMessage = (event: MessageEvent): void => {
		const message = parseMessage(event.data);
		if (!message) return;
		if (message.type === 'hello') {
			if (!this.#isPresenter)
				this.#channel?.postMessage({ type: 'goto', index: this.#state.index });
			return;
		}
		if (message.index !== this.#state.index) this.#show(message.index, { broadcast: false });
	};

	#onTouchStart = (event: TouchEvent): void => {
		const touch = event.changedTouches[0];
		this.#touchStart = touch ? { x: touch.clientX, y: touch.clientY } : null;
	};

	#onTouchEnd = (event: TouchEvent): void => {
		const touch = event.changedTouches[0];
		if (!touch || !this.#touchStart) return;
		const action = swipeAction(
			touch.clientX - this.#touchStart.x,
			touch.clientY - this.#touchStart.y
		);
		this.#touchStart = null;
		if (action) this.#do(action);
	};
}

if (!customElements.get('slide-deck')) customElements.define('slide-deck', SlideDeck);
