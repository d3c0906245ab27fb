import type { BackgroundLayerSpecification, LayerSpecification } from 'maplibre-gl';

type SourcedLayerSpecification = Exclude<LayerSpecification, BackgroundLayerSpecification>;

/**
 * A style layer as style modules write it for <Layer>: without a source, which is the
 * enclosing <GeoJSONSource>'s.
 */
export type LayerSpec<Layer extends SourcedLayerSpecification = SourcedLayerSpecification> =
	Layer extends SourcedLayerSpecification ? Omit<Layer, 'source'> : never;
