import type { FeatureCollection, Point } from 'geojson';
import {
	isPlaced,
	reviewStatusOf,
	type ReviewedExtraction,
	type ToponymReviewStatus
} from './edits';

/** Statuses a reviewer gave a place that still stands on the map. */
const reviewedStatuses: ReadonlySet<ToponymReviewStatus> = new Set([
	'accepted',
	'corrected',
	'added'
]);

/** Whether any place of these articles was confirmed, corrected or added by a reviewer. */
export function hasReviewedPlaces(articles: readonly ReviewedExtraction[]): boolean {
	return articles.some((article) =>
		article.toponyms.some((toponym) => reviewedStatuses.has(reviewStatusOf(toponym)))
	);
}

/**
 * The places a reviewer confirmed, corrected or added, once per position, for the map to mark
 * them as reviewed. Rejected and unlocated places are not drawn.
 */
export function reviewedPlaceFeatures(
	articles: readonly ReviewedExtraction[]
): FeatureCollection<Point, { name: string; status: ToponymReviewStatus }> {
	const byPosition = new Map<string, FeatureCollection<Point>['features'][number]>();
	for (const article of articles) {
		for (const toponym of article.toponyms) {
			const status = reviewStatusOf(toponym);
			if (!isPlaced(toponym) || !reviewedStatuses.has(status)) continue;
			byPosition.set(`${toponym.lon},${toponym.lat}`, {
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [toponym.lon, toponym.lat] },
				properties: { name: toponym.name, status }
			});
		}
	}
	return {
		type: 'FeatureCollection',
		features: [...byPosition.values()] as FeatureCollection<
			Point,
			{ name: string; status: ToponymReviewStatus }
		>['features']
	};
}
