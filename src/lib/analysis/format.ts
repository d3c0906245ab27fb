const wholeKm = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const tenthKm = new Intl.NumberFormat('en-GB', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});

/** A distance for labels: one decimal under 10 km, whole kilometres above ("1,062 km"). */
export function formatKm(km: number): string {
	return `${(km < 10 ? tenthKm : wholeKm).format(km)} km`;
}

/** An area for labels: one decimal under 10 km², whole km² above ("39,864 km²"). */
export function formatKm2(km2: number): string {
	return `${(km2 < 10 ? tenthKm : wholeKm).format(km2)} km²`;
}

/**
 * A measured figure against an "over N" claim: "consistent, 6% more" or "3% short of it".
 */
export function compareWithMinimumClaim(measured: number, claimedMinimum: number): string {
	const percent = Math.round((Math.abs(measured - claimedMinimum) / claimedMinimum) * 100);
	return measured >= claimedMinimum ? `consistent, ${percent}% more` : `${percent}% short of it`;
}

/** An error's message for the panel, without its "RangeError: " prefix. */
export function errorText(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.replace(/^\w+: /, '');
}
