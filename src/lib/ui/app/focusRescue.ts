/**
 * When the control that had the focus goes away (a removed article's row, a closed event card),
 * browsers drop the focus to the start of the page, and a keyboard user starts again from the
 * top. After each click or key, a focus lost that way is given to `fallback(place)`, where
 * `place` is the nearest element around the lost control that is still in the page.
 */
export function rescueLostFocus(fallback: (place: Element) => HTMLElement | null): () => void {
	let focused: Element | null = null;
	let ancestors: Element[] = [];
	const remember = (event: FocusEvent) => {
		focused = event.target as Element;
		ancestors = [];
		for (let node = focused.parentElement; node; node = node.parentElement) ancestors.push(node);
	};
	const check = () =>
		requestAnimationFrame(() => {
			const lost = focused;
			if (!lost || lost.isConnected) return;
			if (document.activeElement && document.activeElement !== document.body) return;
			// The nearest ancestor still in the page tells where the focus was.
			const place = ancestors.find((node) => node.isConnected) ?? document.body;
			fallback(place)?.focus();
		});
	document.addEventListener('focusin', remember);
	window.addEventListener('click', check);
	window.addEventListener('keydown', check);
	return () => {
		document.removeEventListener('focusin', remember);
		window.removeEventListener('click', check);
		window.removeEventListener('keydown', check);
	};
}
