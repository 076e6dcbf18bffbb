import { describe, expect, it } from 'vitest';
import { revealText } from '../../../src/components/qr-scanner/messages.ts';
import {
	outlineCorners,
	pictureAlt,
	pictureCaption,
	spotViewBox,
	svgPoints,
} from '../../../src/components/qr-scanner/picture.ts';
import type { CodeSpot } from '../../../src/components/qr-scanner/protocol.ts';

/** A 100 px square code at (200, 100) in an 800 × 600 picture. */
const SPOT: CodeSpot = {
	width: 800,
	height: 600,
	position: {
		topLeft: { x: 200, y: 100 },
		topRight: { x: 300, y: 100 },
		bottomRight: { x: 300, y: 200 },
		bottomLeft: { x: 200, y: 200 },
	},
};

describe('the outline of the code that was read', () => {
	it('is the code grown around its centre, corners in reading order', () => {
		expect(outlineCorners(SPOT, 0.1)).toEqual([
			{ x: 190, y: 90 },
			{ x: 310, y: 90 },
			{ x: 310, y: 210 },
			{ x: 190, y: 210 },
		]);
	});

	it('follows a tilted code (a photo taken at an angle)', () => {
		const tilted: CodeSpot = {
			...SPOT,
			position: {
				topLeft: { x: 250, y: 100 },
				topRight: { x: 350, y: 200 },
				bottomRight: { x: 250, y: 300 },
				bottomLeft: { x: 150, y: 200 },
			},
		};
		const rounded = outlineCorners(tilted, 0.05).map((p) => ({
			x: Math.round(p.x * 1e6) / 1e6,
			y: Math.round(p.y * 1e6) / 1e6,
		}));
		expect(rounded).toEqual([
			{ x: 250, y: 90 },
			{ x: 360, y: 200 },
			{ x: 250, y: 310 },
			{ x: 140, y: 200 },
		]);
	});

	it('stays inside the picture when the code touches its edge', () => {
		const edge: CodeSpot = {
			width: 120,
			height: 100,
			position: {
				topLeft: { x: 0, y: 0 },
				topRight: { x: 100, y: 0 },
				bottomRight: { x: 100, y: 100 },
				bottomLeft: { x: 0, y: 100 },
			},
		};
		for (const p of outlineCorners(edge, 0.2)) {
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x).toBeLessThanOrEqual(120);
			expect(p.y).toBeGreaterThanOrEqual(0);
			expect(p.y).toBeLessThanOrEqual(100);
		}
		expect(outlineCorners(edge, 0.2)[1]).toEqual({ x: 120, y: 0 });
	});

	it('is drawn in the picture’s own pixel grid, whatever size it is shown at', () => {
		expect(spotViewBox(SPOT)).toBe('0 0 800 600');
		expect(svgPoints(outlineCorners(SPOT, 0))).toBe('200,100 300,100 300,200 200,200');
		expect(svgPoints([{ x: 1.234, y: 5.678 }])).toBe('1.2,5.7');
	});
});

describe('what the picture is', () => {
	it('says where it came from and what the red frame means', () => {
		expect(pictureAlt({ kind: 'photo' }, true)).toBe('Ảnh bạn chọn, khung đỏ là mã QR đã đọc');
		expect(pictureAlt({ kind: 'sample', index: 3 }, true)).toBe(
			'Thẻ mẫu số 3, khung đỏ là mã QR đã đọc'
		);
		expect(pictureAlt({ kind: 'camera' }, true)).toMatch(/^Hình camera.*khung đỏ/);
	});

	it('mentions no frame when none is drawn', () => {
		expect(pictureAlt({ kind: 'sample', index: 1 }, false)).toBe('Thẻ mẫu số 1');
		expect(pictureAlt({ kind: 'photo' }, false)).toBe('Ảnh bạn chọn');
	});

	it('is captioned: the user’s picture stays on the device, a sample is not a real person', () => {
		expect(pictureCaption({ kind: 'photo' })).toMatch(/không gửi đi/);
		expect(pictureCaption({ kind: 'camera' })).toMatch(/không gửi đi/);
		expect(pictureCaption({ kind: 'sample', index: 2 })).toMatch(/dữ liệu giả/);
	});
});

describe('the show/hide button', () => {
	it('is named by what it will do, and the line beside it tells the state', () => {
		expect(revealText(false).button).toBe('Hiện thông tin');
		expect(revealText(true).button).toBe('Ẩn thông tin');
		expect(revealText(false).state).toMatch(/^Đang ẩn/);
		expect(revealText(true).state).toMatch(/^Đang hiện/);
	});
});
