// Builds geodata/build/zones.geojson: distance bands either side of the Belarus–Ukraine border
// (0–25, 25–50, 50–100 km), for the "border zones" layer. Buffers use the ~200-vertex
// border-simplified.geojson (written by build-basemap-border.mjs, which runs first in name order):
// turf.buffer on the full line is several times slower for no visible difference at these widths.
// Bands are not clipped to either country, so each covers both sides of the border.
import { area, buffer, difference, featureCollection } from '@turf/turf';
import {
	SOURCES,
	dedupePositions,
	provenance,
	readJson,
	roundGeometry,
	writeJson
} from './basemap-common.mjs';

const BANDS_KM = [
	[0, 25],
	[25, 50],
	[50, 100]
];
const BUFFER_STEPS = 16; // segments per quarter circle at the line's ends and bends
const DECIMALS = 4; // ≈ 10 m, far below the simplification error

function polygonRings(geometry) {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Rounds, drops repeated positions, and keeps rings closed with at least 4 positions. */
function cleanGeometry(geometry) {
	const rounded = roundGeometry(geometry, DECIMALS);
	const polygons = polygonRings(rounded)
		.map((rings) => rings.map(dedupePositions).filter((ring) => ring.length >= 4))
		.filter((rings) => rings.length > 0);
	return polygons.length === 1
		? { type: 'Polygon', coordinates: polygons[0] }
		: { type: 'MultiPolygon', coordinates: polygons };
}

function build() {
	const border = readJson('geodata/build/border-simplified.geojson').features[0];
	const buffers = new Map();
	const bufferAt = (km) => {
		if (!buffers.has(km)) {
			const t0 = performance.now();
			buffers.set(km, buffer(border, km, { units: 'kilometers', steps: BUFFER_STEPS }));
			console.log(`  buffer ${km} km: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
		}
		return buffers.get(km);
	};

	const features = BANDS_KM.map(([inner, outer]) => {
		const outerBuffer = bufferAt(outer);
		const band =
			inner === 0 ? outerBuffer : difference(featureCollection([outerBuffer, bufferAt(inner)]));
		if (!band) throw new Error(`Empty band ${inner}–${outer} km`);
		const geometry = cleanGeometry(band.geometry);
		return {
			type: 'Feature',
			properties: {
				id: `border-${inner}-${outer}km`,
				min_km: inner,
				max_km: outer,
				area_km2: Math.round(area({ type: 'Feature', properties: {}, geometry }) / 1e6),
				border_length_km: border.properties.length_km
			},
			geometry
		};
	});

	const method =
		`Bands between turf.buffer(${BUFFER_STEPS} steps) outlines of the simplified border ` +
		`(border-simplified.geojson, ${border.properties.vertices} vertices, ${border.properties.length_km} km) ` +
		'at 25, 50 and 100 km, inner buffer subtracted with turf.difference; not clipped to either ' +
		`country (both sides); coordinates rounded to ${DECIMALS} decimals. The simplified line is used ` +
		'because buffering the full line is slow.';
	return {
		type: 'FeatureCollection',
		metadata: provenance(import.meta.url, SOURCES.osm, {
			source: border.properties.source,
			method,
			properties: {
				id: 'stable band id',
				min_km: 'inner distance from the border, km',
				max_km: 'outer distance from the border, km',
				area_km2: 'band area (turf.area), km²',
				border_length_km: 'length of the line that was buffered, km'
			}
		}),
		features
	};
}

console.log('build-basemap-zones');
const zones = build();
for (const f of zones.features) console.log(`  ${f.properties.id}: ${f.properties.area_km2} km²`);
writeJson('zones.geojson', zones);
