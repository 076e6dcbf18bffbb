/**
 * The slide's geometry on a 1280 × 720 frame, shared by the kit's PDF slides
 * (scripts/lib/training-kit/slides.ts) and written in cqw in SlideDeck.astro's styles (1cqw = 12.8
 * units), so a slide on screen and on the PDF page line up. DOM-free.
 */
import type { Rect } from '../../lib/infographics/scene.ts';
import { PICTURE } from './slide-pictures.ts';

export const SLIDE_FRAME = { width: 1280, height: 720 } as const;

/** Horizontal padding of band, body and footer. */
export const SLIDE_PAD = 64;

export const SLIDE_LAYOUT = {
	band: { x: 0, y: 0, w: 1280, h: 160 },
	kicker: { x: SLIDE_PAD, y: 24, w: 960, h: 29, size: 22 },
	title: { x: SLIDE_PAD, y: 57, w: 1280 - 2 * SLIDE_PAD - 180, h: 102, size: 44, lineHeight: 1.15 },
	number: { right: 1280 - SLIDE_PAD, y: 24, h: 36, size: 22, padX: 16 },
	body: { x: 0, y: 160, w: 1280, h: 512 },
	points: { x: SLIDE_PAD, y: 184, w: 608, h: 464, size: 32, lineHeight: 1.3, gap: 16 },
	picture: { x: 1280 - SLIDE_PAD - PICTURE.width, y: 184, w: PICTURE.width, h: PICTURE.height },
	footer: { x: 0, y: 672, w: 1280, h: 48, size: 20, gap: 16 },
	/** The practice slide's sample card image under the points (1012 × 638 source). */
	sampleCard: { w: 320, h: Math.round((320 * 638) / 1012), gap: 32 },
} as const;

/** Where a picture of the given size sits: right-aligned and vertically centred in the body. */
export function pictureBox(size: { width: number; height: number }): Rect {
	const { body } = SLIDE_LAYOUT;
	return {
		x: SLIDE_FRAME.width - SLIDE_PAD - size.width,
		y: body.y + (body.h - size.height) / 2,
		w: size.width,
		h: size.height,
	};
}
