import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// The QR property and fuzz tests decode real images with zxing-wasm: give them room on a 2-core machine.
		testTimeout: 60_000,
	},
});
