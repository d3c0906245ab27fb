import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../gazetteer';
import type { NameMention } from '../places/findNames';
import { oneSensePerDiscourse } from './oneSensePerDiscourse';

const place = (name: string, countryIso2: string): GazetteerEntry => ({
	name,
	lat: 0,
	lon: 0,
	kind: 'city',
	countryIso2,
	population: 1,
	featureCode: 'PPL',
	prior: 0.5,
	source: 'geonames'
});
const mention = (text: string, start: number): NameMention => ({
	start,
	end: start + text.length,
	text,
	entries: [],
	token: 0,
	commaAfter: false
});

describe('oneSensePerDiscourse', () => {
	it('gives every mention of a name the reading with the best score summed over them', () => {
		const england = place('London', 'GB');
		const ontario = place('London', 'CA');
		const ranked = oneSensePerDiscourse(
			[mention('London', 0), mention('London', 50)],
			[
				[
					{ entry: ontario, score: 2 },
					{ entry: england, score: 1 }
				],
				[
					{ entry: england, score: 1.2 },
					{ entry: ontario, score: 0.4 }
				]
			]
		);
		expect(ranked.map((r) => r[0].entry)).toEqual([ontario, ontario]);
		expect(ranked[1].map((r) => r.score)).toEqual([1.2, 1.1]);
	});

	it('lets a qualified mention keep its own reading ("Washington, D.C." in a story about the state)', () => {
		const state = { ...place('Washington', 'US'), kind: 'region' as const };
		const capital = place('Washington', 'US');
		const stateFirst = [
			{ entry: state, score: 2 },
			{ entry: capital, score: 1 }
		];
		const capitalFirst = [
			{ entry: capital, score: 1.5 },
			{ entry: state, score: 1 }
		];
		const names = [mention('Washington', 0), mention('Washington', 40), mention('Washington', 80)];
		const ranked = oneSensePerDiscourse(
			names,
			[stateFirst, capitalFirst, stateFirst],
			(n) => n === 1
		);
		expect(ranked.map((r) => r[0].entry)).toEqual([state, capital, state]);
	});

	it('leaves the ranking of a name mentioned once as it is', () => {
		const brest = place('Brest', 'BY');
		expect(oneSensePerDiscourse([mention('Brest', 0)], [[{ entry: brest, score: 0.7 }]])).toEqual([
			[{ entry: brest, score: 0.7 }]
		]);
	});
});
