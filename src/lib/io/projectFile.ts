import { datePrecisions } from '$lib/time/datePrecision';
import type { ArticleInput } from '$lib/extract/types';
import type { ReviewEdit } from '$lib/review/edits';
import { reviewEditProblem } from '$lib/review/editShape';
import type { ImportedLayer, ImportFormat } from './importedLayer';
import type { ImportedEvent } from './importResult';
import { blobInTasks } from './blobInTasks';
import { packedEventsJsonParts, packEvents } from './packedEvents';
import { isHttpUrl } from './webLink';
import { isSafeId } from './safeId';
import { MAX_INPUT_CHARS } from '$lib/extract/01-ingest';
import { isRecord, type JsonRecord } from '$lib/json/isRecord';
import { isIsoDay } from '$lib/time/calendar';

/** Everything a user made in geobrief, as one file re-imports it. */
export interface Project {
	/** The articles as they were given: text, format and metadata. */
	articles: ArticleInput[];
	/** Review edits per article id, oldest first (see applyEdits). */
	edits: Record<string, ReviewEdit[]>;
	layers: ImportedLayer[];
	/** The slide deck, kept as the slides module wrote it. */
	slides: unknown;
	settings: Record<string, unknown>;
}

/** A project file that cannot be read. The message is written for the user and says why. */
export class ProjectFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ProjectFileError';
	}
}

export const projectFileMarker = 'geobrief-project';
export const projectFormatVersion = 1;

/** A value as a message can show it: short, and never markup. */
function shown(value: unknown): string {
	if (value === undefined) return 'none';
	const text = typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Upgrades from each older format version to the next: migrations[n] turns a version n file
 * into a version n + 1 file. Add one here, with a fixture in tests/fixtures/io, whenever the
 * format changes.
 */
export const migrations: Record<number, (file: JsonRecord) => JsonRecord> = {
	/**
	 * Version 0, the draft format: a `version` member instead of `format` and `formatVersion`,
	 * article metadata (title, author, publisher, published, url) beside the text, review edits
	 * under `corrections`, and no imported layers.
	 */
	0: (file) => ({
		format: projectFileMarker,
		formatVersion: 1,
		articles: Array.isArray(file.articles)
			? file.articles.map((article: unknown) => {
					if (!isRecord(article)) return article;
					const { id, text, format, ...meta } = article;
					return { id, text, ...(format === undefined ? {} : { format }), meta };
				})
			: file.articles,
		edits: file.corrections ?? {},
		layers: [],
		slides: file.slides ?? [],
		settings: file.settings ?? {}
	})
};

/**
 * A project file with the current format version, as parts whose concatenation is its JSON
 * text: each chunk of a layer's events is a part of its own, written as it is, never turned
 * back into objects.
 */
export function projectFileParts(project: Project): string[] {
	const head = JSON.stringify({
		format: projectFileMarker,
		formatVersion: projectFormatVersion,
		articles: project.articles,
		edits: project.edits
	});
	const layers = project.layers.flatMap(({ id, name, format, events }, n) => {
		const record = JSON.stringify({ id, name, format });
		return [
			`${n ? ',' : ''}${record.slice(0, -1)},"events":`,
			...packedEventsJsonParts(events),
			'}'
		];
	});
	const tail = JSON.stringify({ slides: project.slides, settings: project.settings });
	return [`${head.slice(0, -1)},"layers":[`, ...layers, `],${tail.slice(1)}`];
}

/** The project file as a Blob, written a part per task (see blobInTasks). */
export function projectFileBlob(project: Project): Promise<Blob> {
	return blobInTasks(projectFileParts(project), 'application/json');
}

function fail(message: string): never {
	throw new ProjectFileError(message);
}

function versionOf(file: JsonRecord): number {
	if (file.format === projectFileMarker) {
		const version = file.formatVersion;
		// Version 0 files had no format member: one that has it and says 0 is not one of them.
		if (!Number.isSafeInteger(version) || (version as number) < 1) {
			fail(`This project file has an unreadable format version (${shown(version)}).`);
		}
		return version as number;
	}
	if (file.format === undefined && file.version === 0 && Array.isArray(file.articles)) {
		const unknown = ['edits', 'layers'].filter((member) => file[member] !== undefined);
		if (unknown.length)
			fail(
				`This version 0 project file also has ${unknown.join(' and ')}, which version 0 never had: it may be damaged, and opening it would lose them.`
			);
		return 0;
	}
	return fail(
		'This file is not a geobrief project: it has no “format”: “geobrief-project” member.'
	);
}

const articleFormats = ['text', 'markdown', 'html'];
const metaTextFields = ['title', 'author', 'publisher', 'published'];

function checkArticle(article: unknown, index: number): ArticleInput {
	const where = `Article ${index + 1} of the project file`;
	if (!isRecord(article)) fail(`${where} is not an object.`);
	if (typeof article.id !== 'string' || !article.id) fail(`${where} has no id.`);
	if (!isSafeId(article.id))
		fail(`${where} has the id ${shown(article.id)}; ids are letters, digits and . _ : -.`);
	if (typeof article.text !== 'string') fail(`${where} has no text.`);
	if (article.text.length > MAX_INPUT_CHARS)
		fail(
			`${where} has ${article.text.length.toLocaleString('en-GB')} characters; the limit is ${MAX_INPUT_CHARS.toLocaleString('en-GB')}.`
		);
	if (article.format !== undefined && !articleFormats.includes(article.format as string)) {
		fail(`${where} has an unknown format ${shown(article.format)}.`);
	}
	const meta = article.meta;
	if (meta !== undefined) {
		if (!isRecord(meta)) fail(`${where} has metadata that is not an object.`);
		for (const field of metaTextFields) {
			if (meta[field] !== undefined && typeof meta[field] !== 'string')
				fail(`${where} has a ${field} that is not text.`);
		}
		if (meta.published !== undefined && meta.published !== '' && !isIsoDay(meta.published))
			fail(`${where} has a publication date that is not a real day: ${shown(meta.published)}.`);
		const url = meta.url;
		if (url !== undefined && url !== null && !(typeof url === 'string' && isHttpUrl(url))) {
			fail(`${where} has a URL that is not an http or https address: ${shown(url)}.`);
		}
	}
	return article as unknown as ArticleInput;
}

/**
 * Edits may be for an article the file does not hold: a bundled sample article, or one removed
 * before an older geobrief saved the file. Opening keeps those for articles the app has and
 * drops the rest with a notice (see planProjectOpening); it never refuses the file for them.
 */
function checkEdits(edits: unknown): Record<string, ReviewEdit[]> {
	if (!isRecord(edits)) fail('The edits of this project file are not an object of lists.');
	for (const [id, list] of Object.entries(edits)) {
		if (!isSafeId(id))
			fail(`This project file has edits for the id ${shown(id)}, which no article can have.`);
		if (!Array.isArray(list)) fail(`The edits of article ${shown(id)} are not a list.`);
		list.forEach((edit, index) => {
			const problem = reviewEditProblem(edit);
			if (problem) fail(`Edit ${index + 1} of article ${shown(id)} cannot be read: ${problem}.`);
		});
	}
	return edits as Record<string, ReviewEdit[]>;
}

const importFormats = ['geojson', 'topojson', 'kml', 'csv'];

function importedEventProblem(event: unknown): string | null {
	if (!isRecord(event)) return 'it is not an object';
	const { lon, lat } = event;
	if (
		typeof lon !== 'number' ||
		typeof lat !== 'number' ||
		Math.abs(lon) > 180 ||
		Math.abs(lat) > 90
	) {
		return 'it has no longitude and latitude';
	}
	if (
		!isIsoDay(event.start) ||
		!isIsoDay(event.end) ||
		(event.end as string) < (event.start as string)
	) {
		return 'its dates are not ISO days in order';
	}
	if (!datePrecisions.includes(event.precision as never))
		return `its precision ${shown(event.precision)} is unknown`;
	if (typeof event.label !== 'string' || typeof event.description !== 'string')
		return 'it has no label or description';
	if (event.position !== 'point' && event.position !== 'centroid')
		return 'its position is neither point nor centroid';
	if (!isRecord(event.properties)) return 'its properties are not an object';
	for (const value of Object.values(event.properties)) {
		if (value !== null && !['string', 'number', 'boolean'].includes(typeof value))
			return 'a property is not text, a number or a boolean';
	}
	return null;
}

function checkLayer(layer: unknown, index: number): ImportedLayer {
	const where = `Layer ${index + 1} of the project file`;
	if (!isRecord(layer)) fail(`${where} is not an object.`);
	if (typeof layer.id !== 'string' || !layer.id || typeof layer.name !== 'string')
		fail(`${where} has no id or name.`);
	if (!isSafeId(layer.id))
		fail(`${where} has the id ${shown(layer.id)}; ids are letters, digits and . _ : -.`);
	if (!importFormats.includes(layer.format as string))
		fail(`${where} has an unknown format ${shown(layer.format)}.`);
	if (!Array.isArray(layer.events)) fail(`${where} has no list of events.`);
	layer.events.forEach((event, eventIndex) => {
		const problem = importedEventProblem(event);
		if (problem)
			fail(`Event ${eventIndex + 1} of layer ${shown(layer.name)} cannot be read: ${problem}.`);
	});
	const events = packEvents(layer.events as ImportedEvent[]);
	return { id: layer.id, name: layer.name, format: layer.format as ImportFormat, events };
}

function uniqueIds(items: { id: string }[], what: string): Set<string> {
	const ids = new Set<string>();
	for (const { id } of items) {
		if (ids.has(id)) fail(`This project file holds two ${what} with the id ${shown(id)}.`);
		ids.add(id);
	}
	return ids;
}

/** Deepest nesting of arrays and objects a project file may have; geobrief writes under 10. */
export const maxNesting = 64;

/** Whether a parsed JSON value nests deeper than `limit`, measured without recursion. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
	const stack: [unknown, number][] = [[value, 1]];
	while (stack.length) {
		const [item, depth] = stack.pop()!;
		if (typeof item !== 'object' || item === null) continue;
		if (depth > limit) return true;
		for (const child of Object.values(item)) stack.push([child, depth + 1]);
	}
	return false;
}

/**
 * Reads a project file, migrating it from older format versions. Either the whole project is
 * returned or a ProjectFileError is thrown that says, in words a user can act on, why the file
 * cannot be read (not JSON, not a project, made by a newer geobrief, a damaged article, edit
 * or layer); nothing is ever returned half-read.
 */
export function parseProject(text: string): Project {
	let json: unknown;
	try {
		json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch {
		fail('This file is not a geobrief project: it is not JSON, or it is damaged.');
	}
	if (!isRecord(json)) fail('This file is not a geobrief project: it is not a JSON object.');
	if (nestedDeeperThan(json, maxNesting))
		fail(
			`This project file is nested more than ${maxNesting} levels deep; geobrief never writes one so deep, so it is damaged or not a project.`
		);
	let version = versionOf(json);
	if (version > projectFormatVersion) {
		fail(
			`This project was saved by a newer geobrief (format ${version}); this one reads formats up to ${projectFormatVersion}.`
		);
	}
	let file: JsonRecord = json;
	while (version < projectFormatVersion) {
		file = migrations[version](file);
		version++;
	}
	if (!Array.isArray(file.articles)) fail('This project file has no list of articles.');
	const articles = file.articles.map(checkArticle);
	uniqueIds(articles, 'articles');
	const edits = checkEdits(file.edits);
	if (!Array.isArray(file.layers)) fail('This project file has no list of layers.');
	const layers = file.layers.map(checkLayer);
	uniqueIds(layers, 'layers');
	if (file.slides === undefined) fail('This project file has no slides member.');
	if (!isRecord(file.settings)) fail('The settings of this project file are not an object.');
	return { articles, edits, layers, slides: file.slides, settings: file.settings };
}
