// Turf-style fixture tests: each tests/fixtures/geo/in/<function>-<case>.geojson is run through
// the function named before the first "-", with its options read from the input's properties;
// the result (input plus output, styled with simplestyle so it opens as a map) must equal
// tests/fixtures/geo/out/<same name>. Regenerate the outputs with REGEN=1 npx vitest run.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
	Feature,
	FeatureCollection,
	GeoJsonProperties,
	LineString,
	Point,
	Polygon
} from 'geojson';
import { describe, expect, it } from 'vitest';
import { borderBands } from '../../src/lib/geo/borderBands';
import { greatCircleLine } from '../../src/lib/geo/greatCircleLine';
import { measureLine } from '../../src/lib/geo/measureLine';
import { measurePolygon } from '../../src/lib/geo/measurePolygon';
import { pointsNearLine } from '../../src/lib/geo/pointsNearLine';
import { rangeRing } from '../../src/lib/geo/rangeRing';

const FIXTURES = fileURLToPath(new URL('../fixtures/geo/', import.meta.url));
const RESULT_STYLE = { stroke: '#b3261e', 'stroke-width': 2, fill: '#b3261e', 'fill-opacity': 0.2 };

type Input = Feature | (FeatureCollection & { properties?: GeoJsonProperties });

const runners: Record<string, (input: Input) => Feature[]> = {
	rangeRing: (input) => {
		const { radiusKm, steps } = (input as Feature<Point>).properties!;
		return [rangeRing(input as Feature<Point>, radiusKm, { steps })];
	},
	greatCircleLine: (input) => {
		const [from, to] = (input as FeatureCollection<Point>).features;
		return [greatCircleLine(from, to, { npoints: input.properties!.npoints })];
	},
	borderBands: (input) => {
		const { distancesKm, steps } = (input as Feature).properties!;
		return borderBands(input as Feature<LineString>, distancesKm, { steps }).features;
	},
	pointsNearLine: (input) => {
		const features = (input as FeatureCollection).features;
		const line = features.find((feature) => feature.geometry.type === 'LineString')!;
		const points: FeatureCollection<Point> = {
			type: 'FeatureCollection',
			features: features.filter((f): f is Feature<Point> => f.geometry.type === 'Point')
		};
		return pointsNearLine(points, line as Feature<LineString>, {
			maxDistanceKm: input.properties!.maxDistanceKm
		}).features;
	},
	measureLine: (input) => [measureLine(input as Feature<LineString>)],
	measurePolygon: (input) => [measurePolygon(input as Feature<Polygon>)]
};

function styled(feature: Feature): Feature {
	return { ...feature, properties: { ...feature.properties, ...RESULT_STYLE } };
}

describe('geo functions against in/out fixtures', () => {
	const names = readdirSync(`${FIXTURES}in`).filter((name) => name.endsWith('.geojson'));

	it('has a runner for every fixture', () => {
		for (const name of names) expect(Object.keys(runners)).toContain(name.split('-')[0]);
	});

	it.each(names)('%s', (name) => {
		const input = JSON.parse(readFileSync(`${FIXTURES}in/${name}`, 'utf8')) as Input;
		const before = structuredClone(input);
		const results = runners[name.split('-')[0]](input);
		expect(input, 'the input must not be modified').toEqual(before);
		const inputs = input.type === 'FeatureCollection' ? input.features : [input];
		const output: FeatureCollection = {
			type: 'FeatureCollection',
			features: [...inputs, ...results.map(styled)]
		};
		const outPath = `${FIXTURES}out/${name}`;
		if (process.env.REGEN) {
			writeFileSync(outPath, JSON.stringify(output, null, 2) + '\n');
		}
		expect(JSON.parse(JSON.stringify(output))).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
	});
});
