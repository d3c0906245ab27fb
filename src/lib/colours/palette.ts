/** Colours shared by the basemap, the legend and the slides, so they always agree. */
export const palette = {
	sea: '#c9dbe6',
	land: '#ecebe4',
	landFocus: '#fbfaf5',
	countryLine: '#9a9a92',
	focusLine: '#5d5d58',
	border: '#b3261e',
	cityDot: '#2f2f2c',
	label: '#2b2b28',
	labelMuted: '#6b6b66',
	labelHalo: '#ffffff',
	river: '#86aac4',
	waterLabel: '#2f6384',
	regionLabel: '#857a64',
	divisionLabel: '#77776f',
	divisionLabelFocus: '#5b5b55',
	airport: '#3d3d39',
	facility: '#8a5a2b',
	/** Countries and regions whose events are placed only there: a soft fill and its count. */
	regionEvents: '#3f5f8f',
	regionEventsText: '#1f2f4a'
} as const;

/** Belarus and Ukraine are the countries the sample corpus is about; they are drawn emphasised. */
export const focusCountries = ['BY', 'UA'] as const;

/**
 * One colour per event kind, each at least 3:1 against land, the focus countries' land and the
 * sea (WCAG 1.4.11), so that symbols hold up on a projector, and each apart from the others for
 * readers with any of the three colour-vision deficiencies (palette.test.ts): political is an
 * indigo darker than the diplomatic blue, humanitarian a green, where a purple and a teal had
 * looked alike to deuteranopes and tritanopes.
 */
export const eventColours = {
	military: '#c0392b',
	diplomatic: '#1f77b4',
	political: '#362e74',
	economic: '#a85d00',
	humanitarian: '#0d7834',
	other: '#4a4a46'
} as const;

/** Accents that tell articles apart in the pane and the legend. */
export const articleAccents = ['#2d6a9f', '#b5651d', '#3c8d5a', '#8e44ad', '#c0392b'] as const;

/** The analysis layers' colours: zones, distances, routes, range rings, density. */
export const analysisColours = {
	zoneNear: '#8c2d04',
	zoneFar: '#fdae6b',
	distance: '#222222',
	route: '#1f5fa8',
	ring: '#6a3d9a',
	densityLow: 'rgba(255,237,160,0)',
	densityHigh: '#bd0026'
} as const;
