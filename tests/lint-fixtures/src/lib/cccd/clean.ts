// Allowed: a sibling module, standard JavaScript and globalThis.
import { parseCccdQr } from './parse.ts';

export const parse = parseCccdQr;
export const biggest = globalThis.Math.max(1, 2);
