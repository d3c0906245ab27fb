import type { Handle } from '@sveltejs/kit';
import { basemapFileUrls } from '$lib/basemap/loadBasemap';

// Written into every page as it is prerendered, so that the basemap downloads while the app's code
// loads (loadBasemap's fetches then find it), at no cost to the code the page runs.
const basemapPreloads = basemapFileUrls
	.filter((href) => !href.startsWith('data:'))
	.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous">`)
	.join('');

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('</head>', `${basemapPreloads}</head>`)
	});
