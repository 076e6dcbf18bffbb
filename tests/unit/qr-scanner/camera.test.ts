import { describe, expect, it } from 'vitest';
import {
	cameraConstraints,
	FrameStats,
	guideRegion,
	hasTorch,
	median,
	nextCameraId,
} from '../../../src/components/qr-scanner/camera.ts';
import { CAMERA_PROBLEMS, cameraProblemKind } from '../../../src/components/qr-scanner/messages.ts';

describe('camera constraints', () => {
	it('ask for the rear camera at up to 1920×1080, without sound', () => {
		expect(cameraConstraints()).toEqual({
			audio: false,
			video: {
				width: { ideal: 1920 },
				height: { ideal: 1080 },
				facingMode: { ideal: 'environment' },
			},
		});
	});

	it('ask for exactly the chosen camera after a switch', () => {
		expect(cameraConstraints('abc').video).toMatchObject({ deviceId: { exact: 'abc' } });
		expect(cameraConstraints('abc').video).not.toHaveProperty('facingMode');
	});
});

describe('guide region', () => {
	it('maps the guide box of a cover-fitted video to frame fractions', () => {
		// 1920×1080 video in a 400×300 view: drawn 533⅓ px wide (scale 300/1080), 66⅔ px cut each side.
		const roi = guideRegion(
			{ width: 1920, height: 1080 },
			{ width: 400, height: 300 },
			{ x: 95, y: 45, width: 210, height: 210 },
			0
		);
		expect(roi?.x).toBeCloseTo((95 + 200 / 3) / (1600 / 3), 6);
		expect(roi?.y).toBeCloseTo(0.15, 3);
		expect(roi?.width).toBeCloseTo(210 / (1600 / 3), 6);
		expect(roi?.height).toBeCloseTo(0.7, 3);
	});

	it('adds a margin but stays inside the frame', () => {
		const roi = guideRegion(
			{ width: 640, height: 480 },
			{ width: 640, height: 480 },
			{ x: 0, y: 0, width: 640, height: 480 }
		);
		expect(roi).toEqual({ x: 0, y: 0, width: 1, height: 1 });
	});

	it('is null until the video has a size', () => {
		expect(
			guideRegion(
				{ width: 0, height: 0 },
				{ width: 400, height: 300 },
				{ x: 0, y: 0, width: 10, height: 10 }
			)
		).toBeNull();
	});
});

describe('switching cameras', () => {
	const cams = [{ deviceId: 'a' }, { deviceId: 'b' }, { deviceId: 'c' }];
	it('goes to the next camera and wraps around', () => {
		expect(nextCameraId(cams, 'a')).toBe('b');
		expect(nextCameraId(cams, 'c')).toBe('a');
		expect(nextCameraId(cams, undefined)).toBe('a');
	});
	it('has nowhere to go with one camera', () => {
		expect(nextCameraId([{ deviceId: 'a' }], 'a')).toBeUndefined();
	});
});

describe('torch', () => {
	it('is offered only when the track says it has one', () => {
		expect(hasTorch({ torch: true })).toBe(true);
		expect(hasTorch({ torch: [true, false] })).toBe(true);
		expect(hasTorch({})).toBe(false);
		expect(hasTorch(undefined)).toBe(false);
	});
});

describe('camera problems', () => {
	it('sort getUserMedia errors by what the user can do', () => {
		expect(cameraProblemKind({ name: 'NotAllowedError' })).toBe('denied');
		expect(cameraProblemKind({ name: 'NotFoundError' })).toBe('missing');
		expect(cameraProblemKind({ name: 'NotReadableError' })).toBe('busy');
		expect(cameraProblemKind(new TypeError('x'))).toBe('unsupported');
		expect(cameraProblemKind('weird')).toBe('other');
	});

	it('always offer the photo and text paths', () => {
		for (const p of Object.values(CAMERA_PROBLEMS)) expect(p.next).toContain('chọn ảnh chụp thẻ');
	});
});

describe('frame statistics', () => {
	it('report the median worker time and the frames per second', () => {
		const stats = new FrameStats();
		expect(stats.snapshot).toEqual({
			frames: 0,
			medianMs: null,
			fps: null,
			grabMs: null,
			videoFps: null,
		});
		stats.sent(0, 5);
		stats.done(30, 100);
		stats.sent(100, 7);
		stats.done(50, 200);
		stats.sent(200, 6);
		stats.done(40, 500);
		expect(stats.snapshot).toEqual({ frames: 3, medianMs: 40, fps: 6, grabMs: 6, videoFps: null });
	});

	it('report the video frames presented per second, and forget them on reset', () => {
		const stats = new FrameStats();
		stats.presented(1000);
		expect(stats.snapshot.videoFps).toBeNull();
		// 31 frames over one second: 30 intervals.
		for (let i = 1; i <= 30; i++) stats.presented(1000 + (i * 1000) / 30);
		expect(stats.snapshot.videoFps).toBeCloseTo(30, 6);
		stats.reset();
		expect(stats.snapshot.videoFps).toBeNull();
	});

	it('compute medians of even lists', () => {
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});
