// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

// Boundaries between areas (CONTRIBUTING.md, "Code"). Each is proved to fire by
// tests/unit/foundation/lint-boundaries.test.ts on the files in tests/lint-fixtures/.

/** src/lib is shared logic: it never reaches into components or pages. */
const LIB_IMPORTS = [
	{
		group: ['**/components/**', '**/pages/**'],
		message:
			'src/lib không được import src/components hay src/pages: đưa phần dùng chung vào src/lib.',
	},
];

/** The ID-card decoder runs in browsers, workers and Node alike: the caller hands it everything. */
const NODE_IMPORTS = [
	{
		regex: '^(node:|(fs|path|url|os|crypto|child_process|worker_threads|buffer|stream|zlib)(/|$))',
		message:
			'src/lib/cccd không dùng module của Node: người gọi truyền dữ liệu (kể cả tệp .wasm) vào.',
	},
];
const DOM_GLOBALS = [
	'window',
	'document',
	'navigator',
	'location',
	'localStorage',
	'sessionStorage',
	'customElements',
	'HTMLElement',
	'HTMLCanvasElement',
	'OffscreenCanvas',
	'Image',
	'fetch',
	'self',
	'requestAnimationFrame',
	'getComputedStyle',
].map((name) => ({
	name,
	message: `src/lib/cccd không dùng ${name} (DOM, trình duyệt): nhận dữ liệu qua tham số.`,
}));

/** Scripts run in Node from the command line: they never load components or test code. */
const SCRIPT_IMPORTS = [
	{
		group: ['**/src/components/**', '**/tests/**'],
		message:
			'Script không import src/components hay tests: đưa phần dùng chung vào src/lib hoặc scripts/lib.',
	},
];
/** Another script's entry file runs its command when imported: share through scripts/lib instead. */
const ENTRY_IMPORTS = {
	'scripts/*.ts': '^\\./[^/]+\\.ts$',
	'scripts/lib/*.ts': '^\\.\\./[^/]+\\.ts$',
	'scripts/lib/*/*.ts': '^\\.\\./\\.\\./[^/]+\\.ts$',
	'scripts/lib/*/*/*.ts': '^\\.\\./\\.\\./\\.\\./[^/]+\\.ts$',
};
const ENTRY_MESSAGE =
	'Không import tệp chạy lệnh của script khác: đưa phần dùng chung vào scripts/lib.';

/**
 * Files that cross a boundary today, each with the move that ends it. Listed so that the rules hold
 * for every other file now; remove an entry once its move is done.
 */
const BOUNDARY_EXCEPTIONS = [
	// findChromium now lives in scripts/lib/chromium.ts: import it from there.
	'scripts/bench-camera.ts', // also runs make-camera-clip.ts's export: move makeCameraClip to scripts/lib/
	'scripts/screenshots.ts',
	// writeSamples/writeDegraded live in the generate-sample-cards.ts entry: move them to scripts/lib/.
	'scripts/bench-decoder.ts',
	// formatDate lives in src/components/page-sources.ts: move it to src/lib/.
	'scripts/lib/infographics/generate.ts',
	// Quiz, workshop and kit logic live in src/components/training/: move them to src/lib/training/.
	'scripts/lib/training-kit/**',
	'scripts/build-training-kit.ts',
];

export default tseslint.config(
	// Generated output, caches, third-party code and the lint fixtures (broken on purpose) are not linted.
	{
		ignores: [
			'dist/',
			'.astro/',
			'.cache/',
			'public/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'tests/lint-fixtures/',
		],
	},
	...tseslint.configs.recommended,
	...eslintPluginAstro.configs.recommended,
	{
		rules: {
			// Unused names are errors, except deliberate `_` placeholders when destructuring away a field.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
		},
	},
	{
		files: ['src/lib/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: LIB_IMPORTS }] },
	},
	{
		files: ['src/lib/cccd/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [...LIB_IMPORTS, ...NODE_IMPORTS] }],
			'no-restricted-globals': ['error', ...DOM_GLOBALS],
		},
	},
	...Object.entries(ENTRY_IMPORTS).map(
		([files, regex]) =>
			/** @type {import('eslint').Linter.Config} */ ({
				files: [files],
				ignores: BOUNDARY_EXCEPTIONS,
				rules: {
					'no-restricted-imports': [
						'error',
						{ patterns: [...SCRIPT_IMPORTS, { regex, message: ENTRY_MESSAGE }] },
					],
				},
			})
	)
);
