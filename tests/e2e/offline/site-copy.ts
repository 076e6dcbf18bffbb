/**
 * A copy of the built site in a temporary folder, served over HTTP by a small static server, so a
 * test can publish "a new build" (change files in the copy) while a browser holds the old one:
 * what the service worker's update prompt is for. Serves under the same base as the suite.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../../scripts/lib/static-server.ts';

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
	// Like deploy/nginx/7cach.conf for sw.js: the browser always asks again.
	const server = await serveStatic(dir, { base, headers: { 'Cache-Control': 'no-cache' } });
	return {
		url: server.url,
		dir,
		close: async () => {
			await server.close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
