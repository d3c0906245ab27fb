/** Colours shared by the basemap, the legend and the slides, so they always agree. */
export const palette = {
	sea: '#c9dbe6',
	land: '#ecebe4',
	landFocus: '#fbfaf5',
	countryLine: '#9a9a92',
	focusLine: '#5d5d58',
	border: '#b3261e',
	borderHalo: '#ffffff',
	cityDot: '#2f2f2c',
	label: '#2b2b28',
	labelMuted: '#6b6b66',
	labelHalo: '#ffffff'
} as const;

/** Belarus and Ukraine are the countries the sample corpus is about; they are drawn emphasised. */
export const focusCountries = ['BY', 'UA'] as const;
