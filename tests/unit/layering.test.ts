import { describe, expect, it } from 'vitest';
import { importsOfFile, ruleBroken, ruleCycle } from '../../scripts/check-layering.ts';

describe('the layering check', () => {
	it('finds static, type-only, dynamic and worker imports in the scripts of a .svelte file', () => {
		const svelte = `<script module lang="ts">
	import type { Day } from '$lib/time/days';
</script>
<script lang="ts">
	import { onMount } from 'svelte';
	const worker = new Worker(new URL('./x.worker.ts', import.meta.url));
	const maplibre = import('maplibre-gl');
</script>
<p>import { nothing } from 'markup'</p>`;
		expect(importsOfFile('src/lib/ui/A.svelte', svelte)).toEqual([
			{ file: 'src/lib/ui/A.svelte', specifier: 'svelte', typeOnly: false },
			{ file: 'src/lib/ui/A.svelte', specifier: './x.worker.ts', typeOnly: false },
			{ file: 'src/lib/ui/A.svelte', specifier: 'maplibre-gl', typeOnly: false },
			{ file: 'src/lib/ui/A.svelte', specifier: '$lib/time/days', typeOnly: true }
		]);
	});

	it('allows an import downwards and refuses one upwards or of a component package', () => {
		const edge = (file: string, specifier: string, typeOnly = false) => ({
			file,
			specifier,
			typeOnly
		});
		expect(ruleBroken(edge('src/lib/extract/05-dates.ts', '$lib/time/days'))).toBeUndefined();
		expect(ruleBroken(edge('src/lib/time/days.ts', '../extract/types', true))).toBe(
			'src/lib/time may not import src/lib/extract'
		);
		expect(ruleBroken(edge('src/lib/events/a.ts', 'svelte'))).toMatch(/domain modules/);
		expect(ruleBroken(edge('src/lib/state/a.svelte.ts', 'svelte/reactivity'))).toBeUndefined();
		expect(ruleBroken(edge('src/lib/ui/A.svelte', 'maplibre-gl', true))).toBeUndefined();
		expect(ruleBroken(edge('src/lib/ui/A.svelte', 'maplibre-gl'))).toMatch(/only the map/);
		expect(ruleBroken(edge('src/lib/state/a.test.ts', '../../../tests/unit/x'))).toBeUndefined();
		expect(ruleBroken(edge('src/lib/state/a.ts', '../../../tests/unit/x'))).toBe(
			'src/lib/state may not import tests'
		);
	});

	it('reports a cycle in the rules', () => {
		const layer = (folder: string, mayImport: string[]) => ({
			folder,
			responsibility: '',
			mayImport
		});
		expect(ruleCycle([layer('a', ['b']), layer('b', ['c']), layer('c', ['a'])])).toEqual([
			'a',
			'b',
			'c',
			'a'
		]);
		expect(ruleCycle([layer('a', ['b']), layer('b', [])])).toBeUndefined();
	});
});
