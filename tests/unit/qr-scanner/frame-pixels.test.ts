import { describe, expect, test } from 'vitest';
import { hasLumaPlane } from '../../../src/components/qr-scanner/frame-pixels.ts';

describe('which camera frames the worker reads from their luma plane', () => {
	test('8-bit YUV formats (plane 0 is Y at full size) are read from the plane', () => {
		for (const format of ['I420', 'I420A', 'I422', 'I444', 'NV12']) {
			expect(hasLumaPlane(format)).toBe(true);
		}
	});

	test('RGB, 10/12-bit and unknown formats are drawn on a canvas instead', () => {
		for (const format of ['RGBA', 'RGBX', 'BGRA', 'BGRX', 'I420P10', 'I444P12', null]) {
			expect(hasLumaPlane(format)).toBe(false);
		}
	});
});
