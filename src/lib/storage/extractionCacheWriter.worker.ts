/// <reference lib="webworker" />
import { applyCacheWrite, type ExtractionCacheWrite } from './extractionCache';

// One write at a time, in the order asked, so that a removed article's record is deleted after
// it was kept, never before.
let written = Promise.resolve();
onmessage = ({ data }: MessageEvent<ExtractionCacheWrite>) => {
	written = written.then(() => applyCacheWrite(data));
};
