/**
 * Pure state logic of <slide-deck>: moving between slides, the URL hash, key and swipe mapping,
 * the spoken counter and the messages the audience and presenter windows exchange.
 * DOM-free so Vitest can test it; slide-deck.client.ts wires it to the page.
 */

/** Where a deck is: 0-based slide index out of `total`. */
export interface DeckState {
	index: number;
	total: number;
}

export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'exit';

/** Keeps an index inside the deck. */
export function clamp(index: number, total: number): number {
	if (total <= 0 || !Number.isFinite(index)) return 0;
	return Math.min(Math.max(Math.trunc(index), 0), total - 1);
}

export function goto(state: DeckState, index: number): DeckState {
	return { ...state, index: clamp(index, state.total) };
}
export function next(state: DeckState): DeckState {
	return goto(state, state.index + 1);
}
export function prev(state: DeckState): DeckState {
	return goto(state, state.index - 1);
}

/** Applies an action; `exit` leaves the position unchanged (the caller leaves full screen). */
export function apply(state: DeckState, action: DeckAction): DeckState {
	switch (action) {
		case 'next':
			return next(state);
		case 'prev':
			return prev(state);
		case 'first':
			return goto(state, 0);
		case 'last':
			return goto(state, state.total - 1);
		case 'exit':
			return state;
	}
}

/** "#3" → index 2; anything else (empty, "#abc", "#0") → null. Out-of-range numbers are clamped. */
export function indexFromHash(hash: string, total: number): number | null {
	const match = /^#?(\d{1,4})$/.exec(hash);
	if (!match) return null;
	const page = Number(match[1]);
	if (page < 1) return null;
	return clamp(page - 1, total);
}

/** Index 2 → "#3": slides are numbered from 1 in the URL, as people count them. */
export function hashForIndex(index: number): string {
	return `#${index + 1}`;
}

/** What the counter shows and the live region announces: "Trang 3 / 12". */
export function counterText(state: DeckState): string {
	return `Trang ${state.index + 1} / ${state.total}`;
}

/**
 * Maps a key to an action. Presenter clickers send PageDown/PageUp or arrow keys; Space moves on
 * only while presenting, and never when a button or link has focus (Space activates those).
 */
export function keyAction(
	key: string,
	options: { shift?: boolean; presenting?: boolean; onControl?: boolean } = {}
): DeckAction | null {
	switch (key) {
		case 'ArrowRight':
		case 'PageDown':
			return 'next';
		case 'ArrowLeft':
		case 'PageUp':
			return 'prev';
		case 'Home':
			return options.presenting ? 'first' : null;
		case 'End':
			return options.presenting ? 'last' : null;
		case ' ':
			if (!options.presenting || options.onControl) return null;
			return options.shift ? 'prev' : 'next';
		case 'Escape':
			return options.presenting ? 'exit' : null;
		default:
			return null;
	}
}

/** A horizontal swipe of at least `threshold` px that is more sideways than vertical. */
export function swipeAction(dx: number, dy: number, threshold = 50): 'next' | 'prev' | null {
	if (Math.abs(dx) < threshold || Math.abs(dx) <= Math.abs(dy)) return null;
	return dx < 0 ? 'next' : 'prev';
}

/** Messages between the audience view and the presenter view of one deck (BroadcastChannel). */
export type DeckMessage = { type: 'goto'; index: number } | { type: 'hello' };

/** The channel both windows of a deck join. */
export function channelName(deckId: string): string {
	return `slide-deck:${deckId}`;
}

/** Accepts only well-formed messages; anything else on the channel is ignored. */
export function parseMessage(data: unknown): DeckMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const record = data as Record<string, unknown>;
	if (record['type'] === 'hello') return { type: 'hello' };
	if (record['type'] === 'goto' && Number.isInteger(record['index'])) {
		return { type: 'goto', index: record['index'] as number };
	}
	return null;
}

/** "12:05" for elapsed seconds on the presenter's clock. */
export function formatElapsed(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	const minutes = Math.floor(s / 60);
	return `${String(minutes).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Full-screen controls: shown after any pointer movement, key press or focus, hidden when the
 * room goes quiet for IDLE_MS. The client turns the quiet into an IDLE_EVENT on the deck, so a
 * test can dispatch that event instead of waiting.
 */
export const IDLE_EVENT = 'slide-deck:idle';
export const IDLE_MS = 2500;

export type ControlsState = 'shown' | 'hidden';

/**
 * Whether the controls show after `cause`. Outside full screen they always show; a keyboard user
 * whose focus is on a control keeps them (a hidden focused button would be a lost focus).
 */
export function controlsState(
	cause: 'activity' | 'idle',
	context: { presenting: boolean; keyboardFocusInControls: boolean }
): ControlsState {
	if (!context.presenting || cause === 'activity') return 'shown';
	return context.keyboardFocusInControls ? 'shown' : 'hidden';
}
