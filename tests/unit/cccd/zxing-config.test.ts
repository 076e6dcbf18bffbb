import { expect, test } from 'vitest';
import { isZxingConfigured, readQrCodes } from '../../../src/lib/cccd/index.ts';

// Vitest runs each file in its own module graph, so zxing is still unconfigured here.
test('reading before configureZxing fails loudly instead of fetching the wasm from a CDN', async () => {
	expect(isZxingConfigured()).toBe(false);
	const image = { data: new Uint8ClampedArray(4 * 4 * 4), width: 4, height: 4 };
	await expect(readQrCodes(image)).rejects.toThrow(/configureZxing/);
});

test('no file of the shared library mentions a CDN or imports Node built-ins', async () => {
	const { readdirSync, readFileSync } = await import('node:fs');
	const dir = new URL('../../../src/lib/cccd/', import.meta.url);
	for (const f of readdirSync(dir)) {
		const src = readFileSync(new URL(f, dir), 'utf8');
		expect(src, f).not.toMatch(/https?:\/\/[^\s'"`]*(jsdelivr|unpkg|cdn)/i);
		expect(src, f).not.toMatch(/from 'node:|from 'fs'|from 'sharp'/);
	}
});
