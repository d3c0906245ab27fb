import {
	analysisLayerIds,
	defaultZoneDistancesKm,
	type AnalysisLayerId,
	type LinkedLayers,
	type RingItem
} from './layerTypes';

/** What a permalink or a slide keeps of the layers: which are on, zones unless default, rings. */
export function linkedLayers(
	visible: Readonly<Record<AnalysisLayerId, boolean>>,
	zoneDistancesKm: readonly number[],
	rings: readonly RingItem[]
): LinkedLayers {
	const defaultZones = zoneDistancesKm.join() === defaultZoneDistancesKm.join();
	return {
		visible: analysisLayerIds.filter((id) => visible[id]),
		...(defaultZones ? {} : { zonesKm: [...zoneDistancesKm] }),
		...(rings.length
			? {
					rings: rings.map(({ feature }) => ({
						lon: feature.properties.center[0],
						lat: feature.properties.center[1],
						radiusKm: feature.properties.radius_km,
						label: feature.properties.label
					}))
				}
			: {})
	};
}
