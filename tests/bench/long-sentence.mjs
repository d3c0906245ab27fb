// Extraction time on one sentence of 10k to 1M characters: it should grow linearly.
// Run: npx tsx tests/bench/long-sentence.mjs   (target: 1,000,000 characters in <= 2 s)
import { extractArticle } from '../../src/lib/extract/index.ts';
import { loadGazetteer } from '../../scripts/extract.ts';

const gazetteer = loadGazetteer();

// Clauses joined by commas never end the sentence; each names a date, a place and a kind keyword.
const CLAUSES = [
	'in March 2022 Russian troops moved from Gomel toward Kyiv',
	'on 24 February 2022 missiles struck Zhytomyr',
	'talks were held in Minsk in the autumn of 2014',
	'by early 2023 sanctions cut trade between Belarus and Ukraine',
	'refugees fled Mariupol in spring 2022'
];

/** One sentence of about `chars` characters: clauses joined by commas, then a full stop. */
function longSentence(chars) {
	const parts = [];
	let length = 0;
	for (let i = 0; length < chars; i++) {
		const clause = CLAUSES[i % CLAUSES.length];
		parts.push(clause);
		length += clause.length + 2;
	}
	return `${parts.join(', ')}.`.replace(/^./, (c) => c.toUpperCase());
}

extractArticle(
	{ id: 'warm', text: longSentence(20_000), meta: { published: '2025-12-07' } },
	gazetteer
);
console.log('characters   seconds   µs per character   events');
for (const chars of [10_000, 30_000, 100_000, 300_000, 1_000_000]) {
	const text = longSentence(chars);
	const t0 = performance.now();
	const x = extractArticle({ id: 'long', text, meta: { published: '2025-12-07' } }, gazetteer);
	const seconds = (performance.now() - t0) / 1000;
	console.log(
		`${text.length.toLocaleString('en').padStart(10)}   ${seconds.toFixed(3).padStart(7)}   ${((seconds * 1e6) / text.length).toFixed(2).padStart(16)}   ${x.events.length.toLocaleString('en').padStart(6)}`
	);
}
