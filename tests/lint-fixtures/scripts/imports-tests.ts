// A script loading test code.
import { findChromium } from '../tests/e2e/browser.ts';

console.log(findChromium());
