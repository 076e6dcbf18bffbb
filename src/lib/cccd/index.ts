/**
 * CCCD / Căn cước QR decoder: public entry point.
 *
 * THIS LIBRARY IS DOM-FREE AND IMPORTED BOTH FROM NODE (scripts, Vitest) AND FROM THE BROWSER
 * (a Web Worker). Do not import `fs`, `path`, `document`, `window` or canvas APIs from any file in
 * src/lib/cccd: Node-only helpers live in scripts/lib/ (e.g. scripts/lib/zxing-node.ts).
 *
 * Before readQrCodes, configure where the zxing WebAssembly comes from (never a CDN):
 *   import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
 *   configureZxing({ wasmUrl });
 */
export {
	CCCD_ERROR_CODES,
	CCCD_ERROR_MESSAGES,
	CCCD_WARNING_CODES,
	CCCD_WARNING_MESSAGES,
	type CccdError,
	type CccdErrorCode,
	type CccdField,
	type CccdProblem,
	type CccdProblemCode,
	type CccdProblemDetail,
	type CccdWarning,
	type CccdWarningCode,
} from './problems.ts';
export {
	parseCccdQr,
	parseCardDate,
	type CardGeneration,
	type CccdCard,
	type ParseCccdOptions,
	type ParseCccdResult,
} from './parse.ts';
export {
	decodeIdNumber,
	type DecodeIdNumberResult,
	type Gender,
	type IdNumberInfo,
} from './id-number.ts';
export { PROVINCES, findProvince, type ProvinceEntry } from './provinces.ts';
export {
	decodePayloadText,
	decodeUtf8,
	hasLossyMojibake,
	repairLatin1Mojibake,
} from './charset.ts';
export {
	MASK_CHAR,
	maskAddress,
	maskCard,
	maskDate,
	maskDigits,
	maskName,
	type MaskedCard,
	type MaskedValue,
} from './mask.ts';
export { configureZxing, isZxingConfigured, type ZxingWasmSource } from './zxing.ts';
export {
	FAST_FULL_FRAME_MAX_SIDE,
	FAST_TARGET_SIDE,
	readQrCodes,
	type Point,
	type QrCodeFound,
	type QrPosition,
	type ReadMode,
	type ReadQrOptions,
	type Rect,
	type RgbaImage,
} from './read-qr.ts';
export {
	buildCccdPayload,
	createRng,
	generateCitizen,
	generateCitizens,
	sampleCards,
	type CitizenProfile,
	type SampleCard,
	type SyntheticCitizen,
	type SyntheticGeneration,
} from './synthetic.ts';
