// The few globals the ID-card decoder uses that every runtime it targets has (browsers, workers,
// Node), declared here so tsconfig.cccd.json can leave out both the DOM and the Node types.
declare class TextDecoder {
	constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
	readonly encoding: string;
	decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class URL {
	constructor(url: string, base?: string | URL);
	readonly href: string;
	toString(): string;
}
/** Pixels as the caller hands them over (a canvas ImageData in browsers, a plain object in Node). */
interface ImageData {
	readonly width: number;
	readonly height: number;
	readonly data: Uint8ClampedArray;
}
