import { area, centerOfMass, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/**
 * One label point per country, at the centre of mass of its largest polygon, so that
 * overseas parts and exclaves do not drag the label off the mainland.
 */
export function countryLabelPoints(
	countries: FeatureCollection<Polygon | MultiPolygon>
): FeatureCollection<Point> {
	const features: Feature<Point>[] = [];
	for (const country of countries.features) {
		const rings =
			country.geometry.type === 'Polygon'
				? [country.geometry.coordinates]
				: country.geometry.coordinates;
		const largest = rings
			.map((coordinates) => polygon(coordinates))
			.reduce((best, candidate) => (area(candidate) > area(best) ? candidate : best));
		const point = centerOfMass(largest);
		point.properties = { ...country.properties };
		features.push(point);
	}
	return { type: 'FeatureCollection', features };
}
