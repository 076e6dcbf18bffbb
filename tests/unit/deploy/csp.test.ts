import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	addInlineHashes,
	cspHash,
	findInlineCode,
	HEADER_POLICY,
	parsePolicy,
	SECURITY_HEADERS,
	WORKER_POLICY,
} from '../../../deploy/csp.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const page = (policy: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('findInlineCode', () => {
	test('finds inline scripts, style elements and decoded style attributes', () => {
		const code = findInlineCode(
			`<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{}</script>` +
				`<script type="module">b()</script><style>p{}</style><p style="--x: &quot;y&quot;">t</p>` +
				`<template><svg style='display: none'></svg></template>`
		);
		expect(code).toEqual({
			scripts: ['a()', 'b()'],
			styles: ['p{}'],
			styleAttributes: ['--x: "y"', 'display: none'],
		});
	});

	test('ignores style="…" written inside a script', () => {
		expect(
			findInlineCode(`<script>el.outerHTML = '<b style="x">'</script>`).styleAttributes
		).toEqual([]);
	});
});

describe('addInlineHashes', () => {
	test("adds each hash once to the page's own policy, attributes under 'unsafe-hashes'", () => {
		const html = page(
			"default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'",
			'<script>a()</script><script>a()</script><style>p{}</style><i style="color: red"></i>'
		);
		const content = /content="([^"]*)"/.exec(addInlineHashes(html))?.[1] ?? '';
		const policy = parsePolicy(content.replace(/&quot;/g, '"'));
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc='", `'${cspHash('a()')}'`]);
		expect(policy.get('style-src')).toEqual(["'self'", `'${cspHash('p{}')}'`]);
		expect(policy.get('style-src-attr')).toEqual(["'unsafe-hashes'", `'${cspHash('color: red')}'`]);
	});

	test('leaves a page without a policy alone', () => {
		const html = '<html><body><script>a()</script></body></html>';
		expect(addInlineHashes(html)).toBe(html);
	});

	test('hashes as the browser does, over UTF-8', () => {
		// echo -n 'đ' | openssl sha256 -binary | base64
		expect(cspHash('đ')).toBe('sha256-v1AqOVgvPtNTDSexaHuPJQqTOwUmhC3RSO5K0iclVCc=');
	});
});

describe('deployment files say what deploy/csp.ts says', () => {
	const nginx = readFileSync(join(ROOT, 'deploy/nginx/7cach.conf'), 'utf8');
	const headers = readFileSync(join(ROOT, 'public/_headers'), 'utf8');

	test('nginx: the page and worker policies and every security header', () => {
		expect(nginx).toContain(`default  "${HEADER_POLICY}";`);
		expect(nginx).toContain(`~\\.js$   "${WORKER_POLICY}";`);
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
			if (name === 'Content-Security-Policy') continue;
			expect(nginx).toContain(`add_header ${name} "${value}" always;`);
		}
	});

	test('_headers: the same headers for every path, the worker policy for scripts', () => {
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
			expect(headers).toContain(`  ${name}: ${value}\n`);
		}
		expect(headers).toContain(`  Content-Security-Policy: ${WORKER_POLICY}\n`);
	});
});
