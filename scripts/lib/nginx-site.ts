/**
 * The built site served by nginx with deploy/nginx/7cach.conf (tests/e2e/nginx/serve.ts), for the
 * benches that measure what a reader gets (bench:weight, bench:lighthouse), and the page types they
 * measure. Needs nginx and a build.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** One page of each kind a reader meets, by path under the site root. */
export const PAGE_TYPES = [
	{ name: 'home', path: '/' },
	{ name: 'method', path: '/cach-1/' },
	{ name: 'guide', path: '/huong-dan/dang-ky-vneid/' },
	{ name: 'qr-demo', path: '/quet-qr/' },
	{ name: 'quiz', path: '/tap-huan/cau-hoi/' },
	{ name: 'gallery', path: '/infographic/' },
	{ name: 'slides', path: '/tap-huan/trinh-chieu/nguyen-tac/' },
] as const;

/** Starts nginx on `port` serving `dist` (relative to the project) and waits until it answers. */
export async function startNginx(port: number, dist: string): Promise<() => void> {
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, [join(ROOT, 'tests/e2e/nginx/serve.ts')], {
		env: { ...process.env, NGINX_PORT: String(port), NGINX_ROOT: resolve(ROOT, dist) },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	await new Promise<void>((ready, fail) => {
		server.stdout.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('nginx:')) ready();
		});
		server.on('exit', (code) => fail(new Error(`nginx stopped (exit ${code})`)));
	});
	// Ready to accept once it answers.
	for (let attempt = 0; attempt < 50; attempt++) {
		if (
			await fetch(`${origin}/`).then(
				(r) => r.ok,
				() => false
			)
		)
			break;
		await new Promise((next) => setImmediate(next));
	}
	return () => server.kill('SIGTERM');
}
