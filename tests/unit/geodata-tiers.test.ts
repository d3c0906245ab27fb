// Checks the zoom tiers of the basemap's detail files (geodata/build/{water,reference}-z*.geojson)
// against the style that draws them: at every zoom, the tier the app loads holds every feature
// the style draws from the whole data (the highest tier), and the first view stays light.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { detailSources, detailTiers, tierToLoad } from '../../src/lib/basemap/detailTiers';
import { basemapStyle } from '../../src/lib/map/basemapStyle';

const BUILD = fileURLToPath(new URL('../../geodata/build/', import.meta.url));
const tierFile = (source: string, tier: number) =>
	`${BUILD}${source}-z${detailTiers[tier].minZoom}.geojson`;
type TierCollection = FeatureCollection<Point | MultiLineString | Polygon | MultiPolygon> & {
	metadata: { min_zoom: number; max_zoom: number | null };
};
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as TierCollection;
const tiers = detailSources.map((source) =>
	detailTiers.map((_, tier) => read(tierFile(source, tier)))
);
const top = detailTiers.length - 1;
const gzipKb = (path: string) => gzipSync(readFileSync(path)).length / 1024;

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const style = basemapStyle({
	countries: empty,
	countryLabels: { type: 'FeatureCollection', features: [] },
	border: empty,
	cities: empty,
	attribution: ''
});

/** What one style layer draws of `collection` at `zoom`, as kind|name|rank keys with counts. */
function drawn(layerId: string, collection: TierCollection, zoom: number): Map<string, number> {
	const layer = style.layers.find((candidate) => candidate.id === layerId)!;
	const counts = new Map<string, number>();
	if (zoom < (layer.minzoom ?? 0) || zoom >= (layer.maxzoom ?? 24)) return counts;
	const { filter } = featureFilter('filter' in layer ? layer.filter : undefined, 'filter');
	for (const { geometry, properties } of collection.features) {
		if (!filter({ zoom }, { type: geometry.type, properties: properties ?? {} })) continue;
		const key = `${properties!.kind}|${properties!.name}|${properties!.rank}`;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

/** The map's zooms (2 to 12) in the half steps the style's thresholds use. */
const zooms = Array.from({ length: 21 }, (_, i) => 2 + i / 2);

describe('the detail files by zoom tier', () => {
	it('say in their metadata the zooms of the tier the app loads them for', () => {
		for (const files of tiers) {
			expect(files.map((file) => [file.metadata.min_zoom, file.metadata.max_zoom])).toEqual(
				detailTiers.map((tier, i) => [tier.minZoom, detailTiers[i + 1]?.minZoom ?? null])
			);
		}
	});

	it('hold at every zoom from 2 to 12 every feature the style draws there from the whole data', () => {
		for (const [s, source] of detailSources.entries()) {
			const layerIds = style.layers
				.filter((layer) => 'source' in layer && layer.source === source)
				.map((layer) => layer.id);
			expect(layerIds.length).toBeGreaterThan(2);
			for (const zoom of zooms) {
				const tier = tierToLoad(undefined, zoom)!;
				for (const layerId of layerIds) {
					const inTier = drawn(layerId, tiers[s][tier], zoom);
					for (const [key, count] of drawn(layerId, tiers[s][top], zoom)) {
						expect(inTier.get(key) ?? 0, `${layerId} at zoom ${zoom}: ${key}`).toBe(count);
					}
				}
			}
		}
	});

	it('keep out of the first view what it does not draw: no divisions, airports or small rivers', () => {
		const [water, reference] = tiers.map((files) => files[0]);
		const kinds = new Set(reference.features.map((f) => f.properties!.kind));
		expect([...kinds].sort()).toEqual(['region', 'sea']);
		expect(Math.max(...water.features.map((f) => f.properties!.rank))).toBeLessThanOrEqual(8);
		expect(water.features.length).toBeLessThan(tiers[0][top].features.length / 2);
	});

	it('simplify the first view’s rivers and lakes: fewer vertices than the same ones at full detail', () => {
		const vertices = (collection: Pick<TierCollection, 'features'>) =>
			JSON.stringify(collection.features.map((f) => f.geometry)).match(/\],\[/g)?.length ?? 0;
		const low = tiers[0][0];
		const names = new Set(low.features.map((f) => `${f.properties!.kind}|${f.properties!.name}`));
		const sameAtFullDetail = {
			features: tiers[0][top].features.filter((f) =>
				names.has(`${f.properties!.kind}|${f.properties!.name}`)
			)
		};
		expect(vertices(low)).toBeLessThan(0.75 * vertices(sameAtFullDetail));
	});

	it('keep the first view’s basemap data, with the country outlines, border and cities, at most 400 KB gzip', () => {
		const firstView = [
			'countries.topo.json',
			'border.geojson',
			'cities.geojson',
			'attribution.json'
		].map((name) => `${BUILD}${name}`);
		const detail = detailSources.map((source) => tierFile(source, 0));
		const kb = [...firstView, ...detail].reduce((sum, path) => sum + gzipKb(path), 0);
		expect(kb).toBeLessThanOrEqual(400);
	});
});
