/** A readable, URL-safe id for a user's article: a slug of its title and a short time stamp. */
export function articleId(title: string, now: Date = new Date()): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${slug || 'article'}-${now.getTime().toString(36)}`;
}

/** The format of an uploaded file, from its name. */
export function formatOfFile(name: string): 'text' | 'markdown' | 'html' | null {
	const extension = name.toLowerCase().split('.').pop();
	if (extension === 'txt') return 'text';
	if (extension === 'md' || extension === 'markdown') return 'markdown';
	if (extension === 'html' || extension === 'htm') return 'html';
	return null;
}
