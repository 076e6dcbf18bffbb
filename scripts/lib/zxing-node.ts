/**
 * Node-only: loads zxing-wasm's reader binary from node_modules and hands it to the shared adapter.
 * Kept out of src/lib/cccd so the browser bundle never pulls in `fs`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { configureZxing } from '../../src/lib/cccd/zxing.ts';

let done = false;

/** Configures zxing-wasm with the local `zxing_reader.wasm` (idempotent). */
export function configureZxingForNode(): void {
	if (done) return;
	const require = createRequire(import.meta.url);
	// Resolve through the package's export map so a layout change in zxing-wasm fails loudly here.
	const wasmPath = require.resolve('zxing-wasm/reader/zxing_reader.wasm');
	configureZxing({ wasmBinary: readFileSync(wasmPath) });
	done = true;
}
