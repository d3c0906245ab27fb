// Curated places and weapon-system ranges for the analysis layers, each with its source, so a
// figure drawn from them can be cited. Cities come from geodata/build/cities.geojson; only
// places that file lacks (facilities) or that a preset names are listed here.
import type { PlaceRef } from './layerTypes';

/** A place the analyst can measure from: a [lng, lat] position with where it comes from. */
export interface PlacePreset {
	id: string;
	name: string;
	position: [number, number];
	source: string;
}

export const placePresets: readonly PlacePreset[] = [
	{ id: 'kyiv', name: 'Kyiv', position: [30.5234, 50.4501], source: 'city centre, GeoNames' },
	{ id: 'minsk', name: 'Minsk', position: [27.5667, 53.9], source: 'city centre, GeoNames' },
	{ id: 'vilnius', name: 'Vilnius', position: [25.2798, 54.6892], source: 'city centre, GeoNames' },
	{ id: 'athens', name: 'Athens', position: [23.7278, 37.9838], source: 'city centre, GeoNames' },
	{
		id: 'mozyr-refinery',
		name: 'Mozyr oil refinery',
		position: [29.34, 52.03],
		source:
			'approximate (±2 km): the refinery site south-east of Mazyr town (29.25, 52.05) by the Pripyat; check against OpenStreetMap before citing to the kilometre'
	}
];

/** A nominal maximum range of a weapon system, with the published source it comes from. */
export interface RangePreset {
	id: string;
	name: string;
	radiusKm: number;
	source: string;
}

/**
 * Published nominal maximum ranges. Real reach depends on the munition, the launch site and
 * the target; rings drawn from these show only the nominal figure.
 */
export const rangePresets: readonly RangePreset[] = [
	{
		id: 'gmlrs',
		name: 'HIMARS / M270 with GMLRS',
		radiusKm: 70,
		source: 'about 70 km and more (Lockheed Martin GMLRS fact sheet; US Army)'
	},
	{
		id: 'tochka-u',
		name: 'Tochka-U (OTR-21)',
		radiusKm: 120,
		source: 'about 120 km (CSIS Missile Threat, “OTR-21 Tochka”)'
	},
	{
		id: 'polonez',
		name: 'Polonez MLRS (Belarus)',
		radiusKm: 200,
		source:
			'up to 200 km as declared by Belarus’s Ministry of Defence (2016); later claims of 300 km'
	},
	{
		id: 'atacms',
		name: 'ATACMS',
		radiusKm: 300,
		source: 'up to 300 km (Lockheed Martin ATACMS fact sheet)'
	},
	{
		id: 'iskander-m',
		name: 'Iskander-M (9M723)',
		radiusKm: 500,
		source: 'about 500 km declared (CSIS Missile Threat, “9K720 Iskander”)'
	}
];

/** The articles' points as ready-made measurements. */
export const distancePresets = [
	{ id: 'kyiv-border', label: 'Kyiv to the Belarusian border', from: 'kyiv', to: 'border' },
	{
		id: 'mozyr-border',
		label: 'Mozyr refinery to the Ukrainian border',
		from: 'mozyr-refinery',
		to: 'border'
	},
	{ id: 'minsk-kyiv', label: 'Minsk to Kyiv', from: 'minsk', to: 'kyiv' }
] as const;

export const routePresets = [
	{
		id: 'athens-vilnius',
		label: 'Athens → Vilnius (planned, Ryanair FR4978, 23 May 2021)',
		from: 'athens',
		to: 'vilnius'
	},
	{
		id: 'athens-minsk',
		label: 'Athens → Minsk (where FR4978 was forced to land)',
		from: 'athens',
		to: 'minsk'
	}
] as const;

export function placePreset(id: string): PlacePreset {
	const place = placePresets.find((preset) => preset.id === id);
	if (!place) throw new Error(`No place preset "${id}"`);
	return place;
}

/** A preset place as the layers' place pickers hold it. */
export function presetRef(preset: PlacePreset): PlaceRef {
	return { label: preset.name, position: preset.position, source: preset.source };
}
