/**
 * Which illustration fits which of the 7 methods, as data (names only), so plain TypeScript and the
 * unit tests can use it without compiling .astro files. MethodIllustration.astro renders from it.
 */

/** The illustration components in this folder. */
export type IllustrationName = 'CardCccd2021' | 'CardCanCuoc2024' | 'VneidPath' | 'CounterWorkflow';

/**
 * Illustrations for each method number (1–7), in the order to show them. Methods 6 and 7 (CT07,
 * thông báo số định danh) are paper forms: no drawing of ours would teach more than the text.
 */
export const METHOD_ILLUSTRATIONS: Readonly<Record<number, readonly IllustrationName[]>> = {
	1: ['CounterWorkflow'],
	2: ['CardCanCuoc2024', 'CardCccd2021'],
	3: ['CardCccd2021', 'CardCanCuoc2024'],
	4: ['CardCanCuoc2024'],
	5: ['VneidPath'],
	6: [],
	7: [],
};

/** The illustrations for a method; an empty list for 6, 7 or an unknown number. */
export function illustrationsFor(method: number): readonly IllustrationName[] {
	return METHOD_ILLUSTRATIONS[method] ?? [];
}
