// The decoder reading a file itself instead of being handed the bytes.
import { readFileSync } from 'node:fs';

export const wasm = readFileSync('zxing.wasm');
