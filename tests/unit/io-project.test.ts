import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGeoJson } from '../../src/lib/io/importGeoJson';
import {
	parseProject,
	ProjectFileError,
	projectFileBlob,
	projectFileParts,
	projectFormatVersion,
	type Project
} from '../../src/lib/io/projectFile';
import { packedEventAt, packEvents } from '../../src/lib/io/packedEvents';

const fixture = (name: string) => fs.readFileSync(path.resolve('tests/fixtures/io', name), 'utf8');

const project: Project = {
	articles: [
		{
			id: 'minsk-talks',
			text: 'In April 2023, Kyiv recalled its ambassador from Minsk.',
			format: 'text',
			meta: {
				title: 'Minsk talks',
				published: '2024-01-01',
				url: 'https://example.org/minsk-talks'
			}
		},
		{ id: 'pasted', text: '<p>Hello</p>', format: 'html' }
	],
	edits: {
		'minsk-talks': [
			{ type: 'toponym.notPlace', target: { start: 49, end: 54 }, at: '2024-02-01T10:00:00.000Z' },
			{
				type: 'event.editDate',
				target: { start: 3, end: 13 },
				value: { start: '2023-04-12', end: '2023-04-12', precision: 'day' },
				at: '2024-02-01T10:01:00.000Z'
			}
		]
	},
	layers: [
		{
			id: 'layer-1',
			name: 'events.geojson',
			format: 'geojson',
			events: packEvents(importGeoJson(fixture('events.geojson')).events)
		}
	],
	slides: [{ id: 's1', title: 'Minsk', nested: { any: ['json', 1, null, true] } }],
	settings: { basemap: 'light', window: { start: 16000, end: 20000 } }
};

const fileText = (saved: Project) => projectFileParts(saved).join('');

/** The thrown error, so its type and message can both be checked. */
function errorOf(run: () => unknown): Error {
	try {
		run();
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected a throw');
}

describe('project file', () => {
	it('re-imports to exactly the same state', async () => {
		const text = await (await projectFileBlob(project)).text();
		expect(JSON.parse(text)).toMatchObject({
			format: 'geobrief-project',
			formatVersion: projectFormatVersion
		});
		expect(parseProject(text)).toEqual(project);
		expect(fileText(parseProject(text))).toBe(text);
	});

	it('writes a layer of several chunks a part per chunk, and reads it back the same', async () => {
		const rows = importGeoJson(fixture('events.geojson')).events;
		const many = Array.from({ length: 4_500 }, (_, n) => ({
			...rows[n % rows.length],
			label: `row ${n}`
		}));
		const layer = {
			id: 'many',
			name: 'many.csv',
			format: 'csv' as const,
			events: packEvents(many)
		};
		const large = { ...project, layers: [layer] };
		expect(layer.events.chunks).toHaveLength(3);
		expect(projectFileParts(large).filter((part) => part.includes('"row '))).toHaveLength(3);
		const reopened = parseProject(await (await projectFileBlob(large)).text());
		expect(reopened.layers).toEqual([layer]);
		expect(packedEventAt(reopened.layers[0].events, 4_499)?.label).toBe('row 4499');
	});

	it('migrates a version 0 file', () => {
		expect(parseProject(fixture('project-v0.json'))).toEqual({
			articles: [
				{
					id: 'minsk-talks',
					text: 'In April 2023, Kyiv recalled its ambassador from Minsk.',
					format: 'text',
					meta: {
						title: 'Minsk talks',
						author: 'Jane Doe',
						publisher: 'Example Review',
						published: '2024-01-01',
						url: 'https://example.org/minsk-talks'
					}
				}
			],
			edits: {
				'minsk-talks': [
					{
						type: 'toponym.notPlace',
						target: { start: 49, end: 54 },
						at: '2024-02-01T10:00:00.000Z'
					}
				]
			},
			layers: [],
			slides: [{ id: 's1', title: 'Minsk' }],
			settings: { basemap: 'light' }
		});
	});

	it('reads edits for an article it does not hold (a sample, or a removed one): opening decides', () => {
		const edits = { ...project.edits, 'sample-article': project.edits['minsk-talks'] };
		expect(parseProject(fileText({ ...project, edits })).edits).toEqual(edits);
	});

	const file = JSON.parse(fileText(project));
	const variant = (change: (copy: typeof file) => void) => {
		const copy = structuredClone(file);
		change(copy);
		return JSON.stringify(copy);
	};

	it('reads dates known to a quarter or a decade, in edits and in layer events', () => {
		const opened = parseProject(
			variant((f) => {
				f.edits['minsk-talks'][1].value = {
					start: '2023-07-01',
					end: '2023-09-30',
					precision: 'quarter'
				};
				Object.assign(f.layers[0].events[1], {
					start: '1980-01-01',
					end: '1989-12-31',
					precision: 'decade'
				});
			})
		);
		expect(opened.edits['minsk-talks'][1]).toMatchObject({ value: { precision: 'quarter' } });
		expect(packedEventAt(opened.layers[0].events, 1)?.precision).toBe('decade');
	});

	it.each([
		[
			'not JSON',
			'PK\u0003\u0004 zip bytes',
			'This file is not a geobrief project: it is not JSON, or it is damaged.'
		],
		[
			'JSON but not an object',
			'[1,2,3]',
			'This file is not a geobrief project: it is not a JSON object.'
		],
		['GeoJSON', fixture('events.geojson'), /not a geobrief project: it has no “format”/],
		[
			'a newer version',
			variant((f) => (f.formatVersion = 7)),
			'This project was saved by a newer geobrief (format 7); this one reads formats up to 1.'
		],
		[
			'a version that is not a number',
			variant((f) => (f.formatVersion = '1')),
			/unreadable format version \(“1”\)/
		],
		[
			'an article without text',
			variant((f) => delete f.articles[1].text),
			'Article 2 of the project file has no text.'
		],
		[
			'a javascript: URL',
			variant((f) => (f.articles[0].meta.url = 'javascript:alert(1)')),
			/URL that is not an http or https address/
		],
		[
			'two articles with one id',
			variant((f) => (f.articles[1].id = 'minsk-talks')),
			/two articles with the id “minsk-talks”/
		],
		[
			'a damaged edit',
			variant((f) => (f.edits['minsk-talks'][1].value.start = 'soon')),
			/Edit 2 of article “minsk-talks” cannot be read: its dates are not ISO days/
		],
		[
			'a damaged layer event',
			variant((f) => (f.layers[0].events[1].lat = 95)),
			/Event 2 of layer “events.geojson” cannot be read: it has no longitude and latitude/
		],
		[
			'a layer event of unknown precision',
			variant((f) => (f.layers[0].events[1].precision = 'fortnight')),
			/Event 2 of layer “events.geojson” cannot be read: its precision “fortnight” is unknown/
		],
		['no slides', variant((f) => delete f.slides), 'This project file has no slides member.'],
		[
			'settings that are a list',
			variant((f) => (f.settings = [])),
			'The settings of this project file are not an object.'
		]
	])('refuses %s with a clear ProjectFileError', (_, text, message) => {
		const error = errorOf(() => parseProject(text));
		expect(error).toBeInstanceOf(ProjectFileError);
		expect(error.message).toMatch(message);
	});
});
