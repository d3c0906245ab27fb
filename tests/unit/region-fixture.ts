import fs from 'node:fs';
import { extractArticle } from '../../src/lib/extract';
import { explorerEvents, type ExplorerEvent } from '../../src/lib/events/explorerEvents';
import { gazetteer } from './extract-fixture';

let events: ExplorerEvent[] | undefined;
/**
 * The explorer events of tests/fixtures/articles/region-events.txt, placed by the pipeline: two
 * at Belarus, one at Crimea, one at Minsk, one on the Black Sea, one at Ukraine.
 */
export function regionFixtureEvents(): ExplorerEvent[] {
	events ??= explorerEvents(
		extractArticle(
			{
				id: 'regions',
				text: fs.readFileSync('tests/fixtures/articles/region-events.txt', 'utf8'),
				meta: { published: '2024-01-10' }
			},
			gazetteer()
		)
	);
	return events;
}
