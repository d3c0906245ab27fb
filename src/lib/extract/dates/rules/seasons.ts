/** Seasons: with their year, of "that year", relative to publication, or alone. */
import { compareDays, parseIso } from '$lib/time/calendar';
import { type DateRule, SEASON, Y } from '../reading';
import { comingSeason, lastSeason, nextSeason, season } from '../calendarParts';
import { looksAhead } from '../referenceTime';

export const seasonYear: DateRule = {
	name: 'season-year',
	pattern: new RegExp(
		`\\b(?:(early|mid|late)[\\s-]+)?(?:the\\s+)?${SEASON}\\s+(?:of\\s+)?${Y}\\b`,
		'gi'
	),
	read: (m) => season(m[2], +m[3])
};

export const seasonOfThatYear: DateRule = {
	name: 'season-of-that-year',
	anaphoric: true,
	pattern: new RegExp(
		`\\b(?:the\\s+)?${SEASON}\\s+of\\s+(that|the same|the following|the next|the previous)\\s+year\\b`,
		'gi'
	),
	read: (m, ctx) => {
		const y = ctx.yearBefore(m.index);
		if (y === null) return null;
		const shift = /following|next/i.test(m[2]) ? 1 : /previous/i.test(m[2]) ? -1 : 0;
		return season(m[1], y + shift);
	}
};

export const relativeSeason: DateRule = {
	name: 'relative-season',
	pattern: new RegExp(`\\b(last|this|next|past|coming|upcoming)\\s+${SEASON}\\b`, 'gi'),
	read: (m, ctx) => {
		const which = m[1].toLowerCase();
		if (which === 'last' || which === 'past') return lastSeason(m[2], ctx.published);
		if (which === 'this') return season(m[2], ctx.published.y);
		return nextSeason(m[2], ctx.published);
	}
};

export const seasonAlone: DateRule = {
	name: 'season-alone',
	pattern: new RegExp(
		`(?<=\\b(?:in|during|since|by|until|through|over|throughout|for)\\s{1,3})(?:the\\s+)?(?:(early|late)\\s+)?${SEASON}\\b(?!\\s+(?:of\\s+)?\\d)`,
		'gi'
	),
	read: (m, ctx) => {
		if (looksAhead(m.input, m.index))
			return { ...comingSeason(m[2], ctx.published), confidence: 0.6 };
		const ref = ctx.referenceBefore(m.index);
		const first = season(m[2], 2000).interval.start.slice(5, 7);
		const inRef = ref && season(m[2], +first >= ref.m ? ref.y : ref.y + 1);
		const reading =
			inRef && compareDays(parseIso(inRef.interval.start), ctx.published) <= 0
				? inRef
				: lastSeason(m[2], ctx.published);
		return { ...reading, confidence: 0.6 };
	}
};
