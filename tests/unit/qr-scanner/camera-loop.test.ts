/**
 * The camera loop's scheduling, with a fake video (its frame clock driven by the test) and a fake
 * decoder whose answers the test releases: one frame in the decoder, the next grabbed and held and
 * sent the moment an answer comes back, frames closed when dropped, nothing after stop().
 */
import { describe, expect, test } from 'vitest';
import { CameraLoop, type FrameAnswer } from '../../../src/components/qr-scanner/camera-loop.ts';
import type { CameraFrame, FractionRect } from '../../../src/components/qr-scanner/protocol.ts';

interface FakeFrame {
	n: number;
	closed: boolean;
	close(): void;
}

/** Lets pending promise callbacks run (no timers involved). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

function rig(options: { failGrab?: (n: number) => boolean; stopOn?: string } = {}) {
	const callbacks: (() => void)[] = [];
	const video = {
		readyState: 4,
		currentTime: 0,
		requestVideoFrameCallback(cb: () => void) {
			callbacks.push(cb);
			return callbacks.length;
		},
	} as unknown as HTMLVideoElement;
	const frames: FakeFrame[] = [];
	const sent: {
		frame: FakeFrame;
		region: FractionRect | null;
		answer: (ms: number | null) => void;
	}[] = [];
	const answers: string[] = [];
	let grabs = 0;
	const region: FractionRect = { x: 0.1, y: 0.2, width: 0.5, height: 0.6 };
	const loop = new CameraLoop<string>({
		video,
		region: () => region,
		grab: async () => {
			const n = ++grabs;
			if (options.failGrab?.(n)) throw new Error('no frame');
			const frame: FakeFrame = {
				n,
				closed: false,
				close() {
					this.closed = true;
				},
			};
			frames.push(frame);
			return frame as unknown as CameraFrame;
		},
		send: (frame, r) =>
			new Promise<FrameAnswer<string> | null>((resolve) => {
				const fake = frame as unknown as FakeFrame;
				sent.push({
					frame: fake,
					region: r,
					answer: (ms) => resolve(ms === null ? null : { answer: `answer ${fake.n}`, ms }),
				});
			}),
		onAnswer: (a) => {
			answers.push(a);
			if (a === options.stopOn) loop.stop();
		},
	});
	/** The video presents a new frame. */
	const present = async () => {
		const due = callbacks.splice(0);
		for (const cb of due) cb();
		await settle();
	};
	return { loop, frames, sent, answers, present, pending: () => callbacks.length, region };
}

describe('camera loop', () => {
	test('sends the first frame with the region, holds the next, sends it as soon as the answer comes', async () => {
		const r = rig();
		r.loop.start();
		await r.present();
		expect(r.sent.map((s) => s.frame.n)).toEqual([1]);
		expect(r.sent[0]!.region).toEqual(r.region);
		// The decoder is busy: the next frame is grabbed and held, not sent.
		await r.present();
		expect(r.frames.map((f) => f.n)).toEqual([1, 2]);
		expect(r.sent).toHaveLength(1);
		// One frame held is enough: a third video frame is not grabbed meanwhile.
		await r.present();
		expect(r.frames).toHaveLength(2);
		// The answer comes: it is reported, and the held frame goes out without a new video frame.
		r.sent[0]!.answer(12);
		await settle();
		expect(r.answers).toEqual(['answer 1']);
		expect(r.sent.map((s) => s.frame.n)).toEqual([1, 2]);
		expect(r.loop.stats.frames).toBe(1);
		expect(r.loop.stats.medianMs).toBe(12);
	});

	test('never more than one frame in the decoder', async () => {
		const r = rig();
		r.loop.start();
		for (let i = 0; i < 10; i++) {
			await r.present();
			const inDecoder = r.sent.length - r.answers.length;
			expect(inDecoder).toBeLessThanOrEqual(1);
			// Answer every third presentation.
			if (i % 3 === 2) {
				r.sent.at(-1)!.answer(5);
				await settle();
			}
		}
		expect(r.answers.length).toBeGreaterThan(1);
	});

	test('when the decoder is free, a new video frame goes straight out', async () => {
		const r = rig();
		r.loop.start();
		await r.present();
		r.sent[0]!.answer(3);
		await settle();
		expect(r.sent).toHaveLength(1);
		await r.present();
		expect(r.sent.map((s) => s.frame.n)).toEqual([1, 2]);
	});

	test('stop() drops the answer on its way, closes the held frame and grabs nothing more', async () => {
		const r = rig();
		r.loop.start();
		await r.present();
		await r.present();
		r.loop.stop();
		expect(r.frames[1]!.closed).toBe(true);
		r.sent[0]!.answer(7);
		await settle();
		expect(r.answers).toEqual([]);
		await r.present();
		expect(r.frames).toHaveLength(2);
		expect(r.sent).toHaveLength(1);
		expect(r.pending()).toBe(0);
	});

	test('onAnswer may stop the loop (a card was read): the held frame is closed, not sent', async () => {
		const r = rig({ stopOn: 'answer 1' });
		r.loop.start();
		await r.present();
		await r.present();
		r.sent[0]!.answer(4);
		await settle();
		expect(r.answers).toEqual(['answer 1']);
		expect(r.sent).toHaveLength(1);
		expect(r.frames[1]!.closed).toBe(true);
		expect(r.loop.running).toBe(false);
	});

	test('after stop() and start(), the old answer is ignored and the new session sends', async () => {
		const r = rig();
		r.loop.start();
		await r.present();
		const old = r.sent[0]!;
		r.loop.stop();
		r.loop.start();
		await r.present();
		expect(r.sent.map((s) => s.frame.n)).toEqual([1, 2]);
		old.answer(1);
		await settle();
		expect(r.answers).toEqual([]);
		r.sent[1]!.answer(2);
		await settle();
		expect(r.answers).toEqual(['answer 2']);
	});

	test('a failed grab and an empty answer do not stop the loop; empty answers are not counted', async () => {
		const r = rig({ failGrab: (n) => n === 1 });
		r.loop.start();
		await r.present();
		expect(r.sent).toHaveLength(0);
		await r.present();
		expect(r.sent).toHaveLength(1);
		r.sent[0]!.answer(null);
		await settle();
		expect(r.answers).toEqual([]);
		expect(r.loop.stats.frames).toBe(0);
		await r.present();
		expect(r.sent).toHaveLength(2);
	});

	test('start() resets the stats of the previous session', async () => {
		const r = rig();
		r.loop.start();
		await r.present();
		r.sent[0]!.answer(9);
		await settle();
		expect(r.loop.stats.frames).toBe(1);
		r.loop.stop();
		expect(r.loop.stats.frames).toBe(1);
		r.loop.start();
		expect(r.loop.stats.frames).toBe(0);
	});
});

describe('camera loop on a track (MediaStreamTrackProcessor)', () => {
	/** A fake processor whose frames the test pushes; records when its reader is cancelled. */
	function fakeProcessor() {
		let push: (frame: FakeFrame) => void = () => undefined;
		const state = { cancelled: false };
		class Processor {
			readable = new ReadableStream<FakeFrame>({
				start(controller) {
					push = (frame) => controller.enqueue(frame);
				},
				cancel() {
					state.cancelled = true;
				},
			});
		}
		return { Processor, push: (frame: FakeFrame) => push(frame), state };
	}

	const frame = (n: number): FakeFrame => ({
		n,
		closed: false,
		close() {
			this.closed = true;
		},
	});

	test('reads every camera frame without the video; the freshest waits, older ones are closed', async () => {
		const fake = fakeProcessor();
		const global = globalThis as { MediaStreamTrackProcessor?: unknown };
		global.MediaStreamTrackProcessor = fake.Processor;
		try {
			const r = rig();
			r.loop.start({} as MediaStreamTrack);
			const frames = [1, 2, 3].map(frame);
			for (const f of frames) fake.push(f);
			await settle();
			// Frame 1 went to the decoder; 2 was replaced by the fresher 3 and closed.
			expect(r.sent.map((s) => s.frame.n)).toEqual([1]);
			expect(frames[1]!.closed).toBe(true);
			expect(frames[2]!.closed).toBe(false);
			// Nothing was taken from the video.
			expect(r.frames).toHaveLength(0);
			expect(r.pending()).toBe(0);
			r.sent[0]!.answer(8);
			await settle();
			expect(r.sent.map((s) => s.frame.n)).toEqual([1, 3]);
			expect(r.loop.stats.frames).toBe(1);
			r.loop.stop();
			await settle();
			expect(fake.state.cancelled).toBe(true);
		} finally {
			delete global.MediaStreamTrackProcessor;
		}
	});

	test('without MediaStreamTrackProcessor the track is ignored and the video is watched', async () => {
		const r = rig();
		r.loop.start({} as MediaStreamTrack);
		await r.present();
		expect(r.sent.map((s) => s.frame.n)).toEqual([1]);
	});
});
