/**
 * The site's Content Security Policy, in one place. It reaches the browser two ways:
 *
 * - in every page, as the `<meta http-equiv="content-security-policy">` that Astro's `security.csp`
 *   writes (`astroCsp`), with a hash for each script and stylesheet Astro bundles or inlines; the
 *   `cspInlineHashes` integration adds the hashes Astro does not compute (Starlight's `is:inline`
 *   scripts, `set:html` styles, `style="…"` attributes), read from the built pages themselves;
 * - as an HTTP header (`HEADER_POLICY`, in deploy/nginx/7cach.conf and public/_headers) for what a
 *   `<meta>` cannot carry (`frame-ancestors`). The header names no script or style source: two
 *   policies both apply, and one without the page's hashes would block its inline scripts;
 * - for workers, as the header of their script (`WORKER_POLICY`).
 *
 * Imported by astro.config.mjs, the tests and the weight bench; DOM-free and Node-free at import.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from '../src/lib/built-pages.ts';

/** Directives every page carries besides script-src and style-src (which Astro writes). */
export const PAGE_DIRECTIVES = [
	"default-src 'self'",
	// data: for small inline images in Starlight's CSS; blob: for the photo shown beside a QR result.
	"img-src 'self' data: blob:",
	// The QR decoder runs in a module worker from this site.
	"worker-src 'self' blob:",
	// Pagefind's index and the decoder's wasm are fetched from this site only.
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/**
 * Script sources besides the hashes: the site's own files only. No page compiles WebAssembly:
 * Pagefind's search and the QR decoder both run their wasm in a worker, which follows the policy
 * its own script is served with (`WORKER_POLICY`), not the page's.
 */
export const SCRIPT_SOURCES = ["'self'"] as const;

/** What only a header can say, plus the directives that cost nothing to repeat there. */
export const HEADER_POLICY = [
	"frame-ancestors 'none'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');

/**
 * The policy sent with JavaScript files. A document ignores the policy of a script it loads, but a
 * worker runs under the policy of its own script: this is where the decoder and Pagefind get
 * 'wasm-unsafe-eval' (compile WebAssembly; it allows no JavaScript eval), and nowhere else.
 */
export const WORKER_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"connect-src 'self'",
	"img-src 'self' data: blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"frame-ancestors 'none'",
	"form-action 'self'",
].join('; ');

/** The other security headers, as nginx and public/_headers send them. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Content-Security-Policy': HEADER_POLICY,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	// The camera for the QR demo, on this site only; nothing else a page could ask for.
	'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
	'X-Frame-Options': 'DENY',
};

/** The value of `security.csp` in astro.config.mjs. */
// Mutable arrays: Astro's config type does not take readonly ones.
export const astroCsp = {
	algorithm: 'SHA-256' as const,
	directives: [...PAGE_DIRECTIVES],
	scriptDirective: { resources: [...SCRIPT_SOURCES] },
	styleDirective: { resources: ["'self'"] },
};

type Hash = `sha256-${string}`;

/** Inline code of one built page that needs a hash to run or apply. */
export interface InlineCode {
	scripts: string[];
	styles: string[];
	styleAttributes: string[];
}

/** The inline scripts (not data blocks), `<style>` elements and `style` attributes of a page. */
export function findInlineCode(html: string): InlineCode {
	const scripts: string[] = [];
	for (const [, attributes = '', body = ''] of html.matchAll(
		/<script\b([^>]*)>([\s\S]*?)<\/script>/gi
	)) {
		if (/\bsrc\s*=/i.test(attributes) || body.trim() === '') continue;
		const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
		// JSON and other data blocks never run, so CSP does not apply to them.
		if (type && type !== 'module' && !/javascript|ecmascript/.test(type)) continue;
		scripts.push(body);
	}
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
	// Attributes only inside tags: the text between tags never holds a raw `<…style="…">`.
	const styleAttributes: string[] = [];
	for (const [tag] of html
		.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
		.matchAll(/<[a-z][^>]*>/gi)) {
		for (const m of tag.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
			styleAttributes.push(decodeEntities(m[1] ?? m[2] ?? ''));
		}
	}
	return { scripts, styles, styleAttributes };
}

/** The CSP hash of a text, as the browser computes it (over its UTF-8 bytes). */
export function cspHash(text: string): Hash {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Adds the hashes of a page's inline code to its CSP `<meta>`: scripts to script-src, `<style>`
 * elements to style-src, and `style` attributes to a style-src-attr of their own ('unsafe-hashes'
 * is how CSP allows a known attribute value; it allows no other). Returns the page unchanged when
 * it has no CSP meta.
 */
export function addInlineHashes(html: string): string {
	const meta = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i.exec(html);
	if (!meta) return html;
	const policy = parsePolicy(decodeEntities(meta[2] ?? ''));
	const code = findInlineCode(html);
	const add = (name: string, texts: readonly string[], base: readonly string[]) => {
		if (texts.length === 0) return;
		const sources = policy.get(name) ?? [...base];
		for (const hash of texts.map(cspHash)) {
			if (!sources.includes(`'${hash}'`)) sources.push(`'${hash}'`);
		}
		policy.set(name, sources);
	};
	add('script-src', code.scripts, SCRIPT_SOURCES);
	add('style-src', code.styles, ["'self'"]);
	add('style-src-attr', code.styleAttributes, ["'unsafe-hashes'"]);
	const content = [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
	return html.replace(meta[0], `${meta[1]}${escapeAttribute(content)}${meta[3]}`);
}

/** A policy string as an ordered map of directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) map.set(name.toLowerCase(), sources);
	}
	return map;
}

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|#39);/gi, (_, entity: string) => {
		const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
		if (entity[0] !== '#') return named[entity.toLowerCase()] ?? '';
		const code =
			entity[1] === 'x' || entity[1] === 'X'
				? parseInt(entity.slice(2), 16)
				: Number(entity.slice(1));
		return String.fromCodePoint(code);
	});
}

function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * After the build, completes each page's CSP with the hashes of its own inline code (see
 * `addInlineHashes`). Only what the build itself wrote is hashed: content cannot add a script at
 * run time, which is what the policy guards against.
 */
export function cspInlineHashes(): AstroIntegration {
	return {
		name: 'site:csp-inline-hashes',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				let pages = 0;
				for (const file of htmlFiles(fileURLToPath(dir))) {
					const html = readFileSync(file, 'utf8');
					const done = addInlineHashes(html);
					if (done !== html) {
						writeFileSync(file, done);
						pages++;
					}
				}
				logger.info(
					`CSP: hashes of inline scripts, styles and style attributes added to ${pages} pages.`
				);
			},
		},
	};
}
