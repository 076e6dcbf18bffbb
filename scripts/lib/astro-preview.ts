/**
 * A built site served by Astro's own preview server on a free port, for the benches that drive
 * a browser against a build (the same server `npm run preview` starts).
 */
import { preview } from 'astro';

export interface PreviewServer {
	/** The site's home page address, with a trailing slash. */
	url: string;
	stop(): Promise<void>;
}

export async function previewBuild(root: string, outDir: string): Promise<PreviewServer> {
	// Port 0: the system picks a free one; the server says which.
	const server = await preview({
		root,
		outDir,
		server: { host: '127.0.0.1', port: 0 },
		logLevel: 'error',
	});
	return { url: `http://127.0.0.1:${server.port}/`, stop: () => server.stop() };
}
