import type { Gazetteer } from '../../src/lib/extract/index';
import { loadGazetteer } from '../../scripts/extract';

let cached: Gazetteer | undefined;

/** The built gazetteer (geodata/build/gazetteer.bin), opened once per test file. */
export function gazetteer(): Gazetteer {
	cached ??= loadGazetteer();
	return cached;
}
