import type { AnnotationKeeper } from '$lib/slides/annotationSession.svelte';

/**
 * Keeps the annotations on the map in localStorage: they are few and small, and must be there
 * again before the map is, when the page is reloaded.
 */
export function localAnnotationKeeper(key = 'geobrief-annotations'): AnnotationKeeper {
	return {
		load() {
			try {
				const text = localStorage.getItem(key);
				return text === null ? null : JSON.parse(text);
			} catch {
				return null;
			}
		},
		save(annotations) {
			try {
				if (annotations.length) localStorage.setItem(key, JSON.stringify(annotations));
				else localStorage.removeItem(key);
			} catch {
				// Storage full or refused: the annotations stay on the map in this tab, as before.
			}
		}
	};
}
