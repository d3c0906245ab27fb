import water0Url from '$geodata/build/water-z0.geojson?url';
import water5Url from '$geodata/build/water-z5.geojson?url';
import water7Url from '$geodata/build/water-z7.geojson?url';
import reference0Url from '$geodata/build/reference-z0.geojson?url';
import reference5Url from '$geodata/build/reference-z5.geojson?url';
import reference7Url from '$geodata/build/reference-z7.geojson?url';

/** The basemap sources filled after the first view: rivers and lakes, and the reference labels. */
export const detailSources = ['water', 'reference'] as const;
export type DetailSource = (typeof detailSources)[number];

export interface DetailTier {
	/** The zoom from which the map needs this tier's files. */
	minZoom: number;
	files: Record<DetailSource, string>;
}

/**
 * The detail sources' files by zoom (geodata/scripts/build-basemap-physical.mjs), lowest first.
 * Each holds all its source draws from its zoom up to the next tier's, higher tiers also all a
 * lower one holds (with fuller geometry), so a map needs one file per source at a time.
 */
export const detailTiers: readonly DetailTier[] = [
	{ minZoom: 0, files: { water: water0Url, reference: reference0Url } },
	{ minZoom: 5, files: { water: water5Url, reference: reference5Url } },
	{ minZoom: 7, files: { water: water7Url, reference: reference7Url } }
];

/**
 * The tier a map at `zoom` should load, given the one it has (`loaded`), or `undefined` when
 * what it has already draws that zoom: tiers only go up, since a higher one draws every zoom.
 *
 * @example tierToLoad(undefined, 4.2) === 0; tierToLoad(0, 7.5) === 2; tierToLoad(2, 3) === undefined
 */
export function tierToLoad(loaded: number | undefined, zoom: number): number | undefined {
	const needed = detailTiers.findLastIndex((tier) => tier.minZoom <= zoom);
	return loaded === undefined || needed > loaded ? needed : undefined;
}
