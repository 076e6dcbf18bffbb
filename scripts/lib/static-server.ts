/**
 * A small static file server for a built site, for the tests and benches that need a server of
 * their own (astro preview and nginx are the ones that stand for a real host): a copy of the build
 * a test changes while a browser holds the old one, or a bench that records every file it sends.
 * Serves `root` under `base`; a folder as its index.html; the site's 404.html for what is missing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.woff2': 'font/woff2',
};

export interface StaticServerOptions {
	/** The site's base path, with a trailing slash ('/' or '/7cach/'). */
	base?: string;
	/** Headers sent with every file. */
	headers?: Record<string, string>;
	/** Called with each file sent (its request path and bytes). */
	onFile?: (path: string, body: Buffer) => void;
}

export interface StaticServer {
	/** Address of the site's home page (ends with the base). */
	url: string;
	close(): Promise<void>;
}

export async function serveStatic(
	root: string,
	{ base = '/', headers = {}, onFile }: StaticServerOptions = {}
): Promise<StaticServer> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const inSite = path.startsWith(base) ? path.slice(base.length) : null;
		// normalize('/' + …) cannot climb above the root.
		let file = inSite === null ? null : join(root, normalize(`/${inSite}`));
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = file !== null && existsSync(file) && statSync(file).isFile();
		const served = found ? file! : join(root, '404.html');
		const body = existsSync(served) ? readFileSync(served) : Buffer.alloc(0);
		if (found) onFile?.(path, body);
		response.writeHead(found ? 200 : 404, {
			'Content-Type': CONTENT_TYPES[extname(served)] ?? 'application/octet-stream',
			'Content-Length': body.length,
			...headers,
		});
		response.end(body);
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: async () => {
			server.closeAllConnections();
			await new Promise((done) => server.close(done));
		},
	};
}
