/**
 * zxing-wasm adapter: makes sure the WebAssembly binary comes from the site itself (a URL) or from
 * bytes the caller read (Node: node_modules), never from zxing-wasm's default jsDelivr CDN.
 *
 * Browser worker (Vite/Astro):
 *   import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
 *   configureZxing({ wasmUrl });
 * Node: see scripts/lib/zxing-node.ts (reads the file and calls configureZxing({ wasmBinary })).
 */
import {
	prepareZXingModule,
	readBarcodes,
	type ReaderOptions,
	type ReadResult,
} from 'zxing-wasm/reader';

export type ZxingWasmSource = { wasmUrl: string | URL } | { wasmBinary: ArrayBuffer | Uint8Array };

let configured = false;

/** Points zxing-wasm at a self-hosted `.wasm` (URL) or at the wasm bytes. Call once, before reading. */
export function configureZxing(source: ZxingWasmSource): void {
	if ('wasmUrl' in source) {
		const url = String(source.wasmUrl);
		prepareZXingModule({
			overrides: {
				// Emscripten asks for 'zxing_reader.wasm'; always answer with our URL.
				locateFile: () => url,
			},
			fireImmediately: false,
		});
	} else {
		const bytes = source.wasmBinary;
		const wasmBinary =
			bytes instanceof Uint8Array
				? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
				: bytes;
		prepareZXingModule({
			overrides: {
				wasmBinary,
				// With wasmBinary set Emscripten never fetches, but locateFile is still consulted for
				// the file name: keep it local so nothing can ever resolve to the CDN.
				locateFile: (path: string) => path,
			},
			fireImmediately: false,
		});
	}
	configured = true;
}

/** True once configureZxing has been called. */
export function isZxingConfigured(): boolean {
	return configured;
}

/** readBarcodes, refusing to run (and so to fetch from the CDN) before configureZxing. */
export async function zxingRead(
	image: { data: Uint8ClampedArray; width: number; height: number },
	options: ReaderOptions
): Promise<ReadResult[]> {
	if (!configured) {
		throw new Error(
			'zxing-wasm is not configured: call configureZxing({ wasmUrl }) in the browser or ' +
				'configureZxingForNode() from scripts/lib/zxing-node.ts in Node before reading QR codes.'
		);
	}
	return readBarcodes(image as ImageData, options);
}
