import { describe, expect, test } from 'vitest';
import {
	apply,
	channelName,
	clamp,
	counterText,
	formatElapsed,
	goto,
	hashForIndex,
	indexFromHash,
	keyAction,
	next,
	parseMessage,
	prev,
	swipeAction,
} from '../../../src/components/training/slide-deck.ts';

const deck = (index: number, total = 12) => ({ index, total });

describe('moving between slides', () => {
	test('next and prev move by one and stop at the ends', () => {
		expect(next(deck(0)).index).toBe(1);
		expect(next(deck(11)).index).toBe(11);
		expect(prev(deck(5)).index).toBe(4);
		expect(prev(deck(0)).index).toBe(0);
	});

	test('goto clamps into the deck', () => {
		expect(goto(deck(0), 7).index).toBe(7);
		expect(goto(deck(0), 99).index).toBe(11);
		expect(goto(deck(3), -4).index).toBe(0);
	});

	test('clamp copes with empty decks and odd numbers', () => {
		expect(clamp(3, 0)).toBe(0);
		expect(clamp(Number.NaN, 5)).toBe(0);
		expect(clamp(2.7, 5)).toBe(2);
	});

	test('first, last and exit', () => {
		expect(apply(deck(6), 'first').index).toBe(0);
		expect(apply(deck(6), 'last').index).toBe(11);
		expect(apply(deck(6), 'exit').index).toBe(6);
	});
});

describe('the URL hash', () => {
	test('numbers slides from 1 as people count them', () => {
		expect(hashForIndex(2)).toBe('#3');
		expect(indexFromHash('#3', 12)).toBe(2);
		expect(indexFromHash('3', 12)).toBe(2);
	});

	test('ignores hashes that are not slide numbers and clamps big ones', () => {
		expect(indexFromHash('', 12)).toBeNull();
		expect(indexFromHash('#abc', 12)).toBeNull();
		expect(indexFromHash('#0', 12)).toBeNull();
		expect(indexFromHash('#-2', 12)).toBeNull();
		expect(indexFromHash('#40', 12)).toBe(11);
	});

	test('round-trips every slide', () => {
		for (let i = 0; i < 12; i++) expect(indexFromHash(hashForIndex(i), 12)).toBe(i);
	});
});

describe('keys, clickers and swipes', () => {
	test('arrows and Page Up/Down (what clickers send) always move', () => {
		expect(keyAction('ArrowRight')).toBe('next');
		expect(keyAction('PageDown')).toBe('next');
		expect(keyAction('ArrowLeft')).toBe('prev');
		expect(keyAction('PageUp')).toBe('prev');
	});

	test('Space, Home, End and Escape act only while presenting', () => {
		expect(keyAction(' ')).toBeNull();
		expect(keyAction(' ', { presenting: true })).toBe('next');
		expect(keyAction(' ', { presenting: true, shift: true })).toBe('prev');
		expect(keyAction('Home', { presenting: true })).toBe('first');
		expect(keyAction('End')).toBeNull();
		expect(keyAction('Escape', { presenting: true })).toBe('exit');
		expect(keyAction('Escape')).toBeNull();
	});

	test('Space on a focused button is left to the button', () => {
		expect(keyAction(' ', { presenting: true, onControl: true })).toBeNull();
	});

	test('other keys do nothing', () => {
		expect(keyAction('a')).toBeNull();
		expect(keyAction('ArrowDown')).toBeNull();
	});

	test('a sideways swipe moves; short or vertical ones do not', () => {
		expect(swipeAction(-120, 10)).toBe('next');
		expect(swipeAction(120, -5)).toBe('prev');
		expect(swipeAction(-30, 0)).toBeNull();
		expect(swipeAction(-80, 200)).toBeNull();
	});
});

describe('what is announced and shared', () => {
	test('the counter reads "Trang 3 / 12"', () => {
		expect(counterText(deck(2))).toBe('Trang 3 / 12');
	});

	test('each deck has its own channel', () => {
		expect(channelName('nguyen-tac')).toBe('slide-deck:nguyen-tac');
	});

	test('only well-formed messages are accepted', () => {
		expect(parseMessage({ type: 'goto', index: 4 })).toEqual({ type: 'goto', index: 4 });
		expect(parseMessage({ type: 'hello' })).toEqual({ type: 'hello' });
		expect(parseMessage({ type: 'goto', index: '4' })).toBeNull();
		expect(parseMessage({ type: 'goto', index: 1.5 })).toBeNull();
		expect(parseMessage('goto')).toBeNull();
		expect(parseMessage(null)).toBeNull();
	});

	test('the presenter clock shows minutes and seconds', () => {
		expect(formatElapsed(0)).toBe('00:00');
		expect(formatElapsed(725.9)).toBe('12:05');
		expect(formatElapsed(-3)).toBe('00:00');
	});
});
