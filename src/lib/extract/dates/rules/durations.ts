/** Periods dated by their length: "his 26-year reign", "six weeks of protests", "within five months". */
import { type DateRule, NUM, back, count, fuzzy, interval, unitTolerance } from '../reading';
import { dateInSentence, looksAhead } from '../referenceTime';

export const tenure: DateRule = {
	name: 'tenure',
	fromDuration: true,
	pattern: new RegExp(
		`\\b(?:his|her|their|its)\\s+${NUM}-year(?:-long)?\\s+(?:reign|rule|tenure|presidency|premiership|term|career|occupation|war|conflict|dictatorship|leadership)\\b`,
		'gi'
	),
	read: (m, ctx) =>
		fuzzy(interval(back(ctx.published, count(m[1]), 'years'), ctx.published, 'year'), 366)
};

export const periodOf: DateRule = {
	name: 'period-of',
	anaphoric: true,
	fromDuration: true,
	pattern: new RegExp(
		`\\b${NUM}\\s+(years?|months?|weeks?|days?)\\s+(?:of|in)\\s+(?:(?:his|her|their|its)\\s+)?(?:rule|power|office|reign|war|fighting|protests?|occupation|sanctions|negotiations|talks|conflict|isolation|blockade|siege|detention|captivity|exile|crisis|unrest|lockdown|shelling|strikes)\\b`,
		'gi'
	),
	// "26 years of rule", "six weeks of protests": the stretch ending at the sentence's date, else at publication.
	read: (m, ctx) => {
		const end = dateInSentence(m.input, m.index, ctx)?.end ?? ctx.published;
		const period = interval(back(end, count(m[1]), m[2]), end, 'range');
		return { ...fuzzy(period, unitTolerance(m[2]))!, confidence: 0.5 };
	}
};

export const within: DateRule = {
	name: 'within',
	anaphoric: true,
	pattern: new RegExp(
		`\\bwithin\\s+(?:the\\s+)?(next\\s+|coming\\s+)?${NUM}\\s+(years?|months?|weeks?|days?)\\b(?!\\s+(?:of|after|before)\\b)`,
		'gi'
	),
	// "within five months": ahead of publication when the clause looks ahead, else after the sentence's date.
	read: (m, ctx) => {
		const n = count(m[2]);
		const from =
			m[1] || looksAhead(m.input, m.index)
				? ctx.published
				: dateInSentence(m.input, m.index, ctx)?.start;
		if (!from) return null;
		const period = interval(from, back(from, -n, m[3]), 'range');
		return { ...fuzzy(period, unitTolerance(m[3]))!, confidence: 0.5 };
	}
};
