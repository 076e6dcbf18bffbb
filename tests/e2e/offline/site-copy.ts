/**
 * A copy of the built site in a temporary folder, served over HTTP by a small static server, so a
 * test can publish "a new build" (change files in the copy) while a browser holds the old one:
 * what the service worker's update prompt is for. Serves under the same base as the suite.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
};

export interface SiteCopy {
	/** Address of the site's home page (ends with the base). */
	url: string;
	/** The copied files: change them to publish a new build. */
	dir: string;
	close(): Promise<void>;
}

export async function serveSiteCopy(dist: string, base: string): Promise<SiteCopy> {
	const dir = mkdtempSync(join(tmpdir(), 'site-copy-'));
	cpSync(dist, dir, { recursive: true });
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const inSite = path.startsWith(base) ? path.slice(base.length) : null;
		let file = inSite === null ? null : join(dir, normalize(`/${inSite}`));
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = file !== null && existsSync(file) && statSync(file).isFile();
		const served = found ? file! : join(dir, '404.html');
		response.writeHead(found ? 200 : 404, {
			'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
			// Like deploy/nginx/7cach.conf for sw.js: the browser always asks again.
			'Cache-Control': 'no-cache',
		});
		response.end(readFileSync(served));
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		dir,
		close: async () => {
			server.closeAllConnections();
			await new Promise((done) => server.close(done));
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
