/**
 * The update prompt's words and the data the <sw-update> element reads (sw-update.ts), DOM-free so
 * the tests can import them.
 */

export const UPDATE_TEXT = 'Có nội dung mới.';
export const RELOAD_LABEL = 'Tải lại';

/** What the element needs from its data-* attributes; null when one is missing. */
export function readLocation(
	data: Readonly<Record<string, string | undefined>>
): { script: string; scope: string } | null {
	const { script, scope } = data;
	return script && scope ? { script, scope } : null;
}
