// Builds geodata/build/attribution.json: the credits the app's attribution control must show
// for the basemap data, as [{ id, text, licence, url }].
import { SOURCES, writeJson } from './basemap-common.mjs';

console.log('build-basemap-attribution');
writeJson(
	'attribution.json',
	Object.values(SOURCES).map(({ id, text, licence, url }) => ({ id, text, licence, url }))
);
