/** The corpus the sample articles belong to, as the top bar names it. */
const sampleCorpusName = 'Belarus–Ukraine relations, 2014–2025';

/** A short line for the top bar saying which articles are shown: the samples, the user's, or both. */
export function shownArticlesTagline(
	shownIds: readonly string[],
	sampleIds: readonly string[]
): string {
	const samples = shownIds.filter((id) => sampleIds.includes(id)).length;
	const own = shownIds.length - samples;
	if (shownIds.length === 0) return 'No article shown';
	if (own === 0) return `${sampleCorpusName} · sample articles`;
	if (samples === 0) return own === 1 ? 'Your article' : `Your articles (${own})`;
	const yours = own === 1 ? 'Your article' : `${own} of your articles`;
	const theirs = samples === 1 ? 'a sample article' : `${samples} sample articles`;
	return `${yours} and ${theirs}`;
}
