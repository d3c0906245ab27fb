import type { Slide, SourceCitation } from './slide';

/** Every source the slides cite, once each: articles first, then data, each in order of first use. */
export function citedSources(slides: readonly Slide[]): SourceCitation[] {
	const byId = new Map<string, SourceCitation>();
	for (const slide of slides) {
		for (const source of slide.sources) if (!byId.has(source.id)) byId.set(source.id, source);
	}
	const sources = [...byId.values()];
	return [
		...sources.filter((source) => source.kind === 'article'),
		...sources.filter((source) => source.kind === 'data')
	];
}
