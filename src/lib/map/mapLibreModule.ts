import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

type MapLibre = typeof import('./mapLibreRuntime');

let loading: Promise<MapLibre> | undefined;

/**
 * MapLibre's module (about 290 KB gzip), fetched once and with its worker started. The page calls
 * this as it mounts, so that the module downloads and the worker parses its script while the
 * basemap data is fetched and converted, instead of after it.
 */
export function loadMapLibre(): Promise<MapLibre> {
	loading ??= import('./mapLibreRuntime').then((maplibre) => {
		// Once Vite re-bundles MapLibre its worker is no longer found beside the module.
		maplibre.setWorkerUrl(workerUrl);
		maplibre.prewarm();
		return maplibre;
	});
	return loading;
}
