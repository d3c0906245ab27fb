import { readFileSync } from 'node:fs';

/** Pastes an article through the Add article dialog. */
export async function addArticle(page, { title, text, format = 'text', published = '2023-04-01' }) {
	await page.getByRole('button', { name: 'Add article…' }).click();
	if (format !== 'text') await page.getByRole('combobox', { name: 'Format' }).selectOption(format);
	await page.getByTestId('article-text').fill(text);
	await page.getByTestId('article-title').fill(title);
	await page.getByTestId('article-published').fill(published);
	await page.getByTestId('article-submit').click();
}

/**
 * Pastes a text too long for the Add article dialog's text box, as the clipboard would: one paste
 * event carrying it, which the dialog takes (a synthetic paste puts nothing in the box itself).
 */
export async function pasteLongText(page, text) {
	await page.getByTestId('article-text').evaluate((box, value) => {
		const clipboardData = new DataTransfer();
		clipboardData.setData('text/plain', value);
		box.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true })
		);
	}, text);
	await page.getByTestId('long-text').waitFor();
}

/** Clicks an item of the Export & project menu and returns the text of the file it downloads. */
export async function downloadFrom(page, menuItem) {
	await page.getByText('Export & project…').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: menuItem }).click()
	]);
	return readFileSync(await download.path(), 'utf8');
}

/** Deletes the stored articles, layers, edits and slides, as a user clearing site data would. */
export async function clearStoredWork(page) {
	await page.evaluate(() =>
		Promise.all(
			['geobrief-articles', 'geobrief-slides'].map(
				(name) =>
					new Promise((resolve) => {
						const request = indexedDB.deleteDatabase(name);
						request.onsuccess = request.onerror = request.onblocked = () => resolve();
					})
			)
		)
	);
}

/** Opens a project file from its text through the Export & project menu. */
export async function openProjectFile(page, text, name = 'work.geobrief.json') {
	await page.getByText('Export & project…').click();
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open project file…' }).click();
	await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Selects words of an article's text as a reader would with the mouse. */
export async function selectWords(articleElement, words) {
	await articleElement.evaluate((article, wanted) => {
		const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent.indexOf(wanted);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + wanted.length);
			const selection = document.getSelection();
			selection.removeAllRanges();
			selection.addRange(range);
			return;
		}
		throw new Error(`“${wanted}” is not within one text segment of the article`);
	}, words);
}

/** Waits until the page's workspace database holds `count` imported layers (stored once shown). */
export async function waitForStoredLayers(page, count, timeout = 30_000) {
	await page.waitForFunction(
		(wanted) =>
			new Promise((resolve) => {
				const open = indexedDB.open('geobrief-articles');
				open.onsuccess = () => {
					const stored = open.result.transaction('layers').objectStore('layers').count();
					stored.onsuccess = () => resolve(stored.result === wanted);
				};
				open.onerror = () => resolve(false);
			}),
		count,
		{ timeout }
	);
}
