// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	// Generated output, caches and third-party code are not ours to lint.
	{
		ignores: [
			'dist/',
			'.astro/',
			'.cache/',
			'public/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
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
	}
);
