/** Saves a file through the browser's download. */
export function downloadFile(content: Blob, fileName: string): void {
	const url = URL.createObjectURL(content);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
