/**
 * Runs a built site's Pagefind bundle (`dist/pagefind/pagefind.js`) in Node, as the browser would,
 * by answering its fetches from the folder. For benchmarks of search quality without a browser.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PagefindHit {
	id: string;
	score: number;
	data: () => Promise<{
		url: string;
		meta: Record<string, string>;
		sub_results: Array<{ url: string }>;
	}>;
}

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	search(term: string): Promise<{ results: PagefindHit[] } | null>;
}

const ORIGIN = 'http://pagefind.invalid';

export async function loadPagefind(
	distDir: string,
	ranking?: Record<string, number>
): Promise<(terms: string) => Promise<PagefindHit[]>> {
	// Pagefind fetches its index chunks and wasm relative to its base path.
	globalThis.fetch = (async (input: string | URL | Request) => {
		const url = new URL(input instanceof Request ? input.url : String(input));
		const body = await readFile(join(distDir, decodeURIComponent(url.pathname)));
		return new Response(body);
	}) as typeof fetch;
	const module = (await import(
		pathToFileURL(join(distDir, 'pagefind', 'pagefind.js')).href
	)) as PagefindModule;
	await module.options({
		basePath: `${ORIGIN}/pagefind/`,
		baseUrl: '/',
		...(ranking ? { ranking } : {}),
	});
	return async (terms) => (await module.search(terms))?.results ?? [];
}
