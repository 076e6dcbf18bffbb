/**
 * Starlight route middleware: one page title, not two. Starlight writes "<page> | <site>", which on
 * the home page (titled like the site) reads "7 cách thay sổ hộ khẩu | 7 cách thay sổ hộ khẩu".
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const title = route.head.find((tag) => tag.tag === 'title');
	if (title && route.entry.data.title.trim() === route.siteTitle.trim()) {
		title.content = route.siteTitle;
	}
});
