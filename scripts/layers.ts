/**
 * The folders of src/, what each is for and which folders it may import: the one table behind
 * README.md's "How the code is laid out" and the `npm run lint` import check
 * (scripts/check-layering.ts). The rules must form a DAG; a folder always may import itself.
 * Lower layers come first.
 */
export interface Layer {
	folder: string;
	responsibility: string;
	mayImport: readonly string[];
	/** Notable packages, for the README only (package rules are in `packageRules`). */
	packages?: readonly string[];
}

const lib = (name: string) => `src/lib/${name}`;
/** MapLibre alone, to compare the explorer's first load with (tests/bench/run.mjs). */
const benchFloor = 'src/test-routes/bench/floor';
const libFolders = [
	'colours',
	'json',
	'words',
	'time',
	'geo',
	'extract',
	'reading',
	'corpus',
	'review',
	'events',
	'workers',
	'io',
	'storage',
	'basemap',
	'analysis',
	'permalink',
	'slides',
	'state',
	'map',
	'ui'
].map(lib);
/** Every folder of src/lib, in the table's order, but `except`. */
const libFoldersBut = (except?: string) => libFolders.filter((folder) => folder !== except);

export const layers: readonly Layer[] = [
	{
		folder: 'geodata/build',
		responsibility: 'generated basemap, gazetteer and analysis data (`npm run geodata`)',
		mayImport: []
	},
	{
		folder: lib('colours'),
		responsibility: 'the palette: basemap, event kinds, article accents, analysis layers',
		mayImport: []
	},
	{
		folder: lib('json'),
		responsibility: 'checks of values parsed from JSON (`isRecord`)',
		mayImport: []
	},
	{
		folder: lib('words'),
		responsibility: 'counts in words ("1 article", "3 articles")',
		mayImport: []
	},
	{
		folder: lib('time'),
		responsibility:
			'calendar days (`{y,m,d}` and day numbers), months, intervals, histogram, window steps, dates in words',
		mayImport: []
	},
	{
		folder: lib('geo'),
		responsibility: 'Turf-shaped geometry functions; earth radius and degree conversions once',
		mayImport: [],
		packages: ['`@turf/turf`']
	},
	{
		folder: lib('extract'),
		responsibility: 'the pipeline: ingest → sentences → places → resolution → dates → events',
		mayImport: [lib('time'), lib('geo')],
		packages: ['`chrono-node`']
	},
	{
		folder: lib('reading'),
		responsibility: 'the article text split for reading, word search',
		mayImport: [lib('extract')]
	},
	{
		folder: lib('corpus'),
		responsibility: 'the sample articles: ids, loading, tagline',
		mayImport: [lib('extract')]
	},
	{
		folder: lib('review'),
		responsibility: "the user's edits of an extraction: edit records, history, reviewed places",
		mayImport: [lib('json'), lib('time'), lib('extract')]
	},
	{
		folder: lib('events'),
		responsibility: 'events as typed-array columns, GPU draw order, spreading, picking index',
		mayImport: [lib('time'), lib('geo'), lib('extract'), lib('review')]
	},
	{
		folder: lib('workers'),
		responsibility:
			'the extraction Web Worker and its client; the request/response helper of all workers',
		mayImport: [lib('extract'), 'geodata/build']
	},
	{
		folder: lib('io'),
		responsibility:
			'import (CSV, GeoJSON, KML, TopoJSON; its worker) and export formats, the project file',
		mayImport: [
			lib('json'),
			lib('time'),
			lib('geo'),
			lib('extract'),
			lib('review'),
			lib('events'),
			lib('workers')
		]
	},
	{
		folder: lib('storage'),
		responsibility: 'IndexedDB: the saved workspace, the extraction cache and the slide deck',
		mayImport: [lib('extract'), lib('review'), lib('io'), lib('slides')]
	},
	{
		folder: lib('basemap'),
		responsibility: 'loading the basemap data (its detail by zoom tier), country label points',
		mayImport: [lib('geo'), 'geodata/build'],
		packages: ['`topojson-client`']
	},
	{
		folder: lib('analysis'),
		responsibility:
			'analysis layers (border bands, range rings, measures), their worker and legend',
		mayImport: [
			lib('colours'),
			lib('time'),
			lib('geo'),
			lib('events'),
			lib('workers'),
			'geodata/build'
		]
	},
	{
		folder: lib('permalink'),
		responsibility: 'the permalink format (versioned URL hash) and the event filters it carries',
		mayImport: [lib('time'), lib('extract'), lib('events'), lib('review'), lib('analysis')]
	},
	{
		folder: lib('slides'),
		responsibility:
			'the slide deck: slide records, layout, image composition, PPTX/PDF export and its worker',
		mayImport: [lib('permalink'), lib('json'), lib('words'), lib('time'), lib('geo'), lib('io')],
		packages: ['`pptxgenjs`']
	},
	{
		folder: lib('state'),
		responsibility:
			"the explorer's state, the user's workspace (articles, layers, undo), the permalink format, slide snapshot content",
		mayImport: [
			lib('permalink'),
			lib('colours'),
			lib('time'),
			lib('extract'),
			lib('review'),
			lib('events'),
			lib('workers'),
			lib('io'),
			lib('storage'),
			lib('analysis'),
			lib('slides'),
			lib('basemap')
		]
	},
	{
		folder: lib('map'),
		responsibility:
			'MapLibre adapters: basemap style, map view, GPU event layer on its own canvas, place names, palette',
		mayImport: [
			lib('colours'),
			lib('time'),
			lib('geo'),
			lib('extract'),
			lib('review'),
			lib('events'),
			lib('workers'),
			lib('basemap'),
			lib('analysis'),
			lib('slides'),
			lib('state'),
			'geodata/build'
		],
		packages: ['`maplibre-gl`', '`svelte`']
	},
	{
		folder: lib('ui'),
		responsibility:
			"the explorer's components, by feature (reading, timeline, review, slides, layers, project, events, dialogs)",
		mayImport: libFoldersBut(lib('ui')),
		packages: ['`svelte`']
	},
	{
		folder: 'src/routes',
		responsibility: 'the explorer page and layout (the production build)',
		mayImport: libFoldersBut(),
		packages: ['`svelte`', '`$app`']
	},
	{
		folder: benchFloor,
		responsibility:
			"the load benchmark's floor page: MapLibre alone with the app's basemap, no app code",
		mayImport: [lib('basemap'), lib('map')],
		packages: ['`maplibre-gl`', '`svelte`']
	},
	{
		folder: 'src/test-routes',
		responsibility:
			'the explorer routes (links) plus `bench/` and `fixtures/` pages, built only by `npm run build:test`',
		mayImport: libFoldersBut(),
		packages: ['`svelte`']
	},
	{
		folder: 'src',
		responsibility:
			'app shell (`app.html`), the server hook that writes the basemap preloads into the prerendered pages, and ambient type declarations',
		mayImport: [lib('extract'), lib('basemap')]
	},
	{
		folder: 'tests',
		responsibility:
			'unit tables and fixtures, e2e tests and benchmarks with their support; a `*.test.ts` anywhere may import it',
		mayImport: libFoldersBut()
	}
];

/** Whether a file is a unit test, which may also import the shared test code in tests/. */
export const isTestFile = (file: string) => /\.test\.ts$/.test(file);

/** The layer a repository path belongs to: the longest folder that holds it. */
export function layerOfFile(file: string): Layer | undefined {
	let best: Layer | undefined;
	for (const layer of layers) {
		const holds = file === layer.folder || file.startsWith(`${layer.folder}/`);
		if (holds && (!best || layer.folder.length > best.folder.length)) best = layer;
	}
	return best;
}

/** Folders whose modules are components or MapLibre adapters; every other folder is domain code. */
const viewFolders = new Set([lib('map'), lib('ui'), 'src/routes', 'src/test-routes', benchFloor]);

/** Packages some folders may not import (STYLE.md rule 1). */
export const packageRules: readonly {
	packages: readonly string[];
	why: string;
	appliesTo: (
		layer: Layer,
		edge: { file: string; specifier: string; typeOnly: boolean }
	) => boolean;
}[] = [
	{
		packages: ['svelte'],
		why: 'domain modules are plain TypeScript (rune classes in *.svelte.ts may use svelte/reactivity)',
		appliesTo: (layer, edge) =>
			!viewFolders.has(layer.folder) &&
			!(edge.file.endsWith('.svelte.ts') && edge.specifier === 'svelte/reactivity')
	},
	{
		packages: ['$app'],
		why: 'domain modules do not depend on SvelteKit',
		appliesTo: (layer) => !viewFolders.has(layer.folder)
	},
	{
		packages: ['maplibre-gl'],
		why: 'only the map adapters use MapLibre (components may name its types)',
		appliesTo: (layer, edge) =>
			layer.folder !== lib('map') &&
			layer.folder !== benchFloor &&
			!(edge.typeOnly && viewFolders.has(layer.folder))
	}
];
