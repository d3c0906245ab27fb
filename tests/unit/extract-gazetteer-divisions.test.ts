// The representative point of a first-level division in the gazetteer build (geodata/scripts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	divisionExtentCentres,
	extentCentre
} from '../../geodata/scripts/gazetteer-division-extents.mjs';

/** cities500 rows carry lat, lon, country and admin1 code in columns 4, 5, 8 and 10. */
function citiesFile(rows: [string, number, number, string, string][]) {
	const lines = rows.map(([name, lat, lon, cc, admin1]) =>
		[0, name, name, '', lat, lon, 'P', 'PPL', cc, '', admin1, '', '', '', 1000].join('\t')
	);
	const file = join(mkdtempSync(join(tmpdir(), 'geobrief-divisions-')), 'cities500.txt');
	writeFileSync(file, lines.join('\n') + '\n');
	return file;
}

describe('extentCentre', () => {
	it('is the middle of the bounding box, not the mean of the points', () => {
		expect(
			extentCentre([
				[10, 0],
				[11, 1],
				[12, 2],
				[30, 20]
			])
		).toEqual([20, 10]);
	});

	it('spans the antimeridian when that box is narrower', () => {
		expect(
			extentCentre([
				[60, 170],
				[66, -170]
			])
		).toEqual([63, 180]);
		expect(
			extentCentre([
				[60, 160],
				[66, -176]
			])
		).toEqual([63, 172]);
	});
});

/** A country-state-city state of country XX with its own point. */
function state(isoCode: string, lat: number, lon: number) {
	return { countryCode: 'XX', isoCode, latitude: String(lat), longitude: String(lon) };
}

describe('divisionExtentCentres', () => {
	const file = citiesFile([
		['Aa', 50, 10, 'XX', '01'],
		['Ab', 52, 12, 'XX', '01'],
		['Ac', 58, 11, 'XX', '01'],
		['Ba', 40, 20, 'XX', '02'],
		['Bb', 41, 21, 'XX', '02'],
		['Bc', 42, 22, 'XX', '02']
	]);

	it('places a state at the extent centre of the GeoNames division its towns belong to, and keeps its code', () => {
		const divisionOf = divisionExtentCentres(
			file,
			[
				['Aa', 'XX', 'A', '50', '10'],
				['Ab', 'XX', 'A', '52', '12'],
				['Ac', 'XX', 'A', '58', '11']
			],
			[state('A', 54, 11)]
		);
		expect(divisionOf('XX', 'A')).toEqual({ code: '01', centre: [54, 11] });
	});

	it('leaves out states that share a GeoNames division or match too few towns', () => {
		const divisionOf = divisionExtentCentres(
			file,
			[
				['Ba', 'XX', 'B1', '40', '20'],
				['Bb', 'XX', 'B1', '41', '21'],
				['Bc', 'XX', 'B1', '42', '22'],
				['Ba', 'XX', 'B2', '40', '20'],
				['Bb', 'XX', 'B2', '41', '21'],
				['Bc', 'XX', 'B2', '42', '22'],
				['Aa', 'XX', 'C', '50', '10'],
				['Ab', 'XX', 'C', '52', '12']
			],
			[state('B1', 40.5, 20.5), state('B2', 41.5, 21.5), state('C', 51, 11)]
		);
		expect(divisionOf('XX', 'B1')).toBeUndefined();
		expect(divisionOf('XX', 'B2')).toBeUndefined();
		expect(divisionOf('XX', 'C')).toBeUndefined();
	});

	it('gives a shared division to the one state whose own point lies among its places', () => {
		// An island state whose few towns are named like towns of a mainland division.
		const divisionOf = divisionExtentCentres(
			file,
			[
				['Ba', 'XX', 'B', '40', '20'],
				['Bb', 'XX', 'B', '41', '21'],
				['Bc', 'XX', 'B', '42', '22'],
				['Ba', 'XX', 'I', '-5', '100'],
				['Bb', 'XX', 'I', '-6', '101'],
				['Bc', 'XX', 'I', '-7', '102']
			],
			[state('B', 41, 21), state('I', -6, 101)]
		);
		expect(divisionOf('XX', 'B')).toEqual({ code: '02', centre: [41, 21] });
		expect(divisionOf('XX', 'I')).toBeUndefined();
	});
});
