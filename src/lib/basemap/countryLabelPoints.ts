import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';

/** One point per country where its name is drawn, from the `label` the geodata build stores. */
export function countryLabelPoints(
	countries: FeatureCollection<Geometry>
): FeatureCollection<Point> {
	const features: Feature<Point>[] = [];
	for (const country of countries.features) {
		const label = country.properties?.label;
		if (!Array.isArray(label) || label.length !== 2) continue;
		features.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [Number(label[0]), Number(label[1])] },
			properties: { name: country.properties?.name, iso2: country.properties?.iso2 }
		});
	}
	return { type: 'FeatureCollection', features };
}
