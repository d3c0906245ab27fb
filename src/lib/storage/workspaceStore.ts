import type { ArticleInput } from '$lib/extract';
import { mergeEditHistories, type EditHistory } from '$lib/review/editHistory';
import type { ReviewEdit } from '$lib/review/edits';
import { reviewEditProblem } from '$lib/review/editShape';
import { isSafeId } from '$lib/io/safeId';
import { openDatabase, settle, transact } from './indexedDb';

/** An article the user added, kept in IndexedDB (with imported layers) so it survives reloads. */
export interface StoredArticle {
	input: ArticleInput;
	addedAt: string;
}

/** A failed read or write; the message says why in words and is shown as is. */
export class ArticleStorageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ArticleStorageError';
	}
}

const databaseName = 'geobrief-articles';
type StoreName = 'articles' | 'layers' | 'layerChunks' | 'edits';
/**
 * The error of a write in words: what was not stored, why, and `consequence` (what it means and
 * how to keep the work); `consequence` null marks a read of `what`.
 */
function storageError(
	error: unknown,
	what: string,
	consequence: string | null
): ArticleStorageError {
	if (error instanceof ArticleStorageError) return error;
	const name = error instanceof DOMException ? error.name : '';
	const reason =
		(error instanceof Error ? error.message : String(error)) || name || 'no reason given';
	if (consequence === null)
		return new ArticleStorageError(`${what} could not be read (the browser said “${reason}”).`);
	if (name === 'QuotaExceededError') {
		return new ArticleStorageError(
			`The browser's storage for this site is full: ${what} was not stored. ${consequence} Free space by removing articles, layers or slides.`
		);
	}
	return new ArticleStorageError(
		`The browser refused to store ${what} (“${reason}”). ${consequence}`
	);
}

const shownNotSaved =
	'It is shown but will be gone after a reload; to keep it, save a project file (Export & project…).';
export const removalNotSaved = 'It may come back after a reload; remove it again then.';

const storeNames: readonly StoreName[] = ['articles', 'layers', 'layerChunks', 'edits'];

function openWorkspaceDatabase(): Promise<IDBDatabase> {
	if (typeof indexedDB === 'undefined') {
		return Promise.reject(new ArticleStorageError('This browser has no IndexedDB.'));
	}
	return openDatabase(databaseName, 4, storeNames).catch((error) =>
		Promise.reject(new ArticleStorageError(`The browser's storage could not be opened (${error})`))
	);
}

/** `transact` on the workspace database, with errors that name `what` (see storageError). */
export async function transactWorkspace<T>(
	stores: StoreName[],
	mode: IDBTransactionMode,
	what: string,
	consequence: string | null,
	use: (transaction: IDBTransaction) => IDBRequest<T> | Promise<T>
): Promise<T> {
	try {
		return await transact(openWorkspaceDatabase(), stores, mode, use);
	} catch (error) {
		throw storageError(error, what, consequence);
	}
}

const articleLabel = (article: ArticleInput) =>
	`the article “${article.meta?.title ?? article.id}”`;

/** Stores articles in one write: all of them or, failing, none. */
export function saveArticles(articles: readonly StoredArticle[]): Promise<void> {
	const what =
		articles.length === 1
			? articleLabel(articles[0].input)
			: `${articles.length.toLocaleString('en-GB')} articles`;
	return transactWorkspace(['articles'], 'readwrite', what, shownNotSaved, async (t) => {
		const store = t.objectStore('articles');
		await Promise.all(articles.map((article) => settle(store.put(article, article.input.id))));
	});
}

export function deleteArticle(id: string): Promise<undefined> {
	return transactWorkspace(
		['articles'],
		'readwrite',
		`the removal of the article “${id}”`,
		removalNotSaved,
		(t) => t.objectStore('articles').delete(id)
	);
}

/** Every stored article, oldest first; records that do not look like articles are skipped. */
export async function loadArticles(): Promise<StoredArticle[]> {
	const records = await transactWorkspace(
		['articles'],
		'readonly',
		'Your saved articles',
		null,
		(t) => t.objectStore('articles').getAll()
	);
	return (records as StoredArticle[])
		.filter((record) => isSafeId(record?.input?.id) && typeof record.input.text === 'string')
		.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

function isEditHistory(value: unknown): value is EditHistory {
	const history = value as EditHistory | undefined;
	return (
		Array.isArray(history?.edits) &&
		Array.isArray(history?.undone) &&
		[...history.edits, ...history.undone].every((edit) => reviewEditProblem(edit) === null)
	);
}

/**
 * Stores one article's review edits, merged in the same transaction with whatever another tab
 * stored since this tab last read or wrote `base` (see mergeEditHistories), so that neither
 * tab's edits are overwritten. Resolves to the history stored: `history` itself when nothing
 * had to be merged.
 */
export function saveMergedEdits(
	articleId: string,
	base: readonly ReviewEdit[],
	history: EditHistory
): Promise<EditHistory> {
	return transactWorkspace(
		['edits'],
		'readwrite',
		`the review edits of “${articleId}”`,
		shownNotSaved,
		async (t) => {
			const store = t.objectStore('edits');
			const read = await settle(store.get(articleId));
			const stored = isEditHistory(read) ? mergeEditHistories(base, history, read.edits) : history;
			await settle(store.put({ edits: [...stored.edits], undone: [...stored.undone] }, articleId));
			return stored;
		}
	);
}

/** Every stored edit history by article id; records that do not look like one are skipped. */
export async function loadEdits(): Promise<Record<string, EditHistory>> {
	const histories: Record<string, EditHistory> = {};
	const [keys, values] = await transactWorkspace(
		['edits'],
		'readonly',
		'Your review edits',
		null,
		(t) =>
			Promise.all([
				settle(t.objectStore('edits').getAllKeys()),
				settle(t.objectStore('edits').getAll())
			])
	);
	keys.forEach((key, index) => {
		const history = values[index];
		if (isSafeId(key) && isEditHistory(history)) histories[key] = history;
	});
	return histories;
}
