/** A new element with optional text and class: the islands build their result views with it. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	className?: string
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (className) node.className = className;
	return node;
}
