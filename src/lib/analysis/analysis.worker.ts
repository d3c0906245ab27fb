/// <reference lib="webworker" />
// Runs the analysis layers' geometry off the main thread: Turf (buffer above all) is loaded
// only here, so it stays out of the page's initial bundle.
import { along, length } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import borderUrl from '$geodata/build/border.geojson?url';
import simplifiedBorderUrl from '$geodata/build/border-simplified.geojson?url';
import citiesUrl from '$geodata/build/cities.geojson?url';
import zonesUrl from '$geodata/build/zones.geojson?url';
import { borderBands, type BorderBandProperties } from '$lib/geo/borderBands';
import { borderLength } from '$lib/geo/borderLength';
import { distanceToLine } from '$lib/geo/distanceToLine';
import { greatCircleLine } from '$lib/geo/greatCircleLine';
import { pointsNearLine } from '$lib/geo/pointsNearLine';
import { rangeRing } from '$lib/geo/rangeRing';
import type {
	AnalysisOperation,
	AnalysisOperations,
	AnalysisRequest,
	AnalysisResponse,
	LngLat
} from './analysisProtocol';

/** The band distances that geodata/scripts/build-basemap-zones.mjs builds ahead of time. */
const PREBUILT_BANDS_KM = [25, 50, 100];

type Collection<G extends Point | LineString | Polygon | MultiPolygon, P> = FeatureCollection<
	G,
	P
> & { metadata?: { method?: string } };

const cache = new Map<string, Promise<unknown>>();
function load<T>(url: string): Promise<T> {
	if (!cache.has(url)) {
		const loading = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`Map data ${url} could not be loaded (${response.status})`);
			return response.json();
		});
		loading.catch(() => cache.delete(url));
		cache.set(url, loading);
	}
	return cache.get(url) as Promise<T>;
}

const borderLine = async () =>
	(await load<FeatureCollection<LineString>>(borderUrl)).features[0] as Feature<
		LineString,
		{ official_length_km: number; method: string; source: string }
	>;

type Handlers = {
	[K in AnalysisOperation]: (
		input: AnalysisOperations[K]['input']
	) => Promise<AnalysisOperations[K]['result']>;
};

const handlers: Handlers = {
	async border() {
		const line = await borderLine();
		const halfway = along(line, length(line, { units: 'kilometers' }) / 2, { units: 'kilometers' });
		return {
			lengthKm: borderLength(line),
			officialKm: line.properties.official_length_km,
			labelPoint: halfway.geometry.coordinates as LngLat,
			method: `Turf length (great circles) of the ${line.geometry.coordinates.length}-vertex border line; ${line.properties.method}`,
			source: line.properties.source
		};
	},
	async bands({ distancesKm }) {
		if (distancesKm.join() === PREBUILT_BANDS_KM.join()) {
			const zones =
				await load<Collection<Polygon | MultiPolygon, Omit<BorderBandProperties, 'method'>>>(
					zonesUrl
				);
			const method = `built ahead of time by geodata/scripts/build-basemap-zones.mjs: ${zones.metadata?.method ?? ''}`;
			return {
				type: 'FeatureCollection',
				features: zones.features.map((zone) => ({
					...zone,
					properties: { ...zone.properties, method }
				}))
			};
		}
		const simplified = await load<FeatureCollection<LineString>>(simplifiedBorderUrl);
		const bands = borderBands(simplified.features[0], distancesKm);
		for (const band of bands.features) {
			band.properties.method += ' (200-vertex simplified border, computed in a worker)';
		}
		return bands;
	},
	async placesNearBorder({ maxDistanceKm }) {
		const cities = await load<FeatureCollection<Point, { name: string }>>(citiesUrl);
		const near = pointsNearLine(cities, await borderLine(), { maxDistanceKm });
		return {
			type: 'FeatureCollection',
			features: near.features.map((city) => ({
				...city,
				properties: { name: city.properties.name, distance_km: city.properties.distance_km }
			}))
		};
	},
	async eventDistancesToBorder({ positions }) {
		const line = await borderLine();
		return positions.map((position) => distanceToLine(position, line).properties.distance_km);
	},
	async cityPlaces() {
		const cities = await load<FeatureCollection<Point, { name: string }>>(citiesUrl);
		return cities.features.map((city) => ({
			name: city.properties.name,
			position: city.geometry.coordinates as LngLat
		}));
	},
	async distanceToBorder({ from, label }) {
		const line = await borderLine();
		const connector = distanceToLine(from, line);
		return {
			...connector,
			properties: {
				distance_km: connector.properties.distance_km,
				label,
				method: `shortest great-circle distance to the Belarus–Ukraine border line (Turf nearestPointOnLine on the ${line.geometry.coordinates.length}-vertex OSM border line, not a land outline)`
			}
		};
	},
	async greatCircle({ from, to, label }) {
		const line = greatCircleLine(from, to);
		return { ...line, properties: { ...line.properties, label } };
	},
	async ring({ center, radiusKm }) {
		return rangeRing(center, radiusKm);
	}
};

onmessage = async (event: MessageEvent<AnalysisRequest>) => {
	const { requestId, op, input } = event.data;
	let response: AnalysisResponse;
	try {
		const handler = handlers[op] as (input: unknown) => Promise<unknown>;
		response = { requestId, ok: true, result: await handler(input) };
	} catch (error) {
		response = {
			requestId,
			ok: false,
			message: error instanceof Error ? error.message : String(error)
		};
	}
	postMessage(response);
};
