import fs from 'node:fs';
import path from 'node:path';
import { parseGazetteer, type Gazetteer } from '../../src/lib/extract/index';

let cached: Gazetteer | undefined;

/** The built gazetteer (geodata/build/gazetteer.json), parsed once per test file. */
export function gazetteer(): Gazetteer {
	cached ??= parseGazetteer(
		JSON.parse(fs.readFileSync(path.resolve('geodata/build/gazetteer.json'), 'utf8'))
	);
	return cached;
}
