// The decoder reading the browser directly instead of being handed its input.
export const width = window.innerWidth;
export const title = document.title;
