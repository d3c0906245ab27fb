import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/extract/05-dates';

const PUBLISHED = '2021-03-05';

/** [sentence, expression found, start, end, precision] with publication day PUBLISHED. */
const CASES: [string, string, string, string, string][] = [
	['It happened on March 25th 2022.', 'March 25th 2022', '2022-03-25', '2022-03-25', 'day'],
	['It happened on 25 March 2022.', '25 March 2022', '2022-03-25', '2022-03-25', 'day'],
	['The vote on March 27, 2014 was close.', 'March 27, 2014', '2014-03-27', '2014-03-27', 'day'],
	['Talks began in August 2020.', 'August 2020', '2020-08-01', '2020-08-31', 'month'],
	[
		'Protests of August-September 2020 spread.',
		'August-September 2020',
		'2020-08-01',
		'2020-09-30',
		'month'
	],
	['Strikes stopped in autumn 2022.', 'autumn 2022', '2022-09-01', '2022-11-30', 'season'],
	[
		'Wagner moved in the summer of 2023.',
		'the summer of 2023',
		'2023-06-01',
		'2023-08-31',
		'season'
	],
	['Protests erupted last summer.', 'last summer', '2020-06-01', '2020-08-31', 'season'],
	['In 2021 trade grew.', '2021', '2021-01-01', '2021-12-31', 'year'],
	['Drills were held in early 2022.', 'early 2022', '2022-01-01', '2022-04-30', 'year'],
	['The rhetoric of late 2020 faded.', 'late 2020', '2020-09-01', '2020-12-31', 'year'],
	[
		'Casualties rose during the first months of 2021.',
		'the first months of 2021',
		'2021-01-01',
		'2021-03-31',
		'year'
	],
	[
		'Tension simmered throughout the final months of 2020.',
		'the final months of 2020',
		'2020-10-01',
		'2020-12-31',
		'year'
	],
	[
		'Between 2020 and 2025, ties collapsed.',
		'Between 2020 and 2025',
		'2020-01-01',
		'2025-12-31',
		'year'
	],
	['In 2022 and 2023, deportees returned.', '2022 and 2023', '2022-01-01', '2023-12-31', 'year'],
	['Ties froze from 2014 to 2020.', 'from 2014 to 2020', '2014-01-01', '2020-12-31', 'year'],
	[
		'Tensions grew over the past seven months.',
		'the past seven months',
		'2020-08-05',
		'2021-03-05',
		'month'
	],
	['It rained last year.', 'last year', '2020-01-01', '2020-12-31', 'year'],
	['It rained this year.', 'this year', '2021-01-01', '2021-12-31', 'year'],
	[
		'A search took place in early September.',
		'early September',
		'2020-09-01',
		'2020-09-10',
		'month'
	],
	['Relations cooled in recent months.', 'in recent months', '2020-09-05', '2021-03-05', 'range'],
	['The reform came two years ago.', 'two years ago', '2019-01-01', '2019-12-31', 'year'],
	['Unrest marked the 1990s.', 'the 1990s', '1990-01-01', '1999-12-31', 'decade'],
	[
		'Ports were porous in the 1990s and 2000s.',
		'the 1990s and 2000s',
		'1990-01-01',
		'2009-12-31',
		'decade'
	],
	['Exports peaked in Q3 2020.', 'Q3 2020', '2020-07-01', '2020-09-30', 'quarter'],
	['Sales grew in 2019 Q4.', '2019 Q4', '2019-10-01', '2019-12-31', 'quarter'],
	['The fence is due later this month.', 'later this month', '2021-03-05', '2021-03-31', 'range'],
	['Floods came over the summer.', 'the summer', '2020-06-01', '2020-08-31', 'season'],
	// A month or day without a year: the latest one before publication ...
	['Talks resumed on 19 July.', '19 July', '2020-07-19', '2020-07-19', 'day'],
	['Troops have stayed since January.', 'January', '2021-01-01', '2021-01-31', 'month'],
	// ... or the next one when the clause looks ahead ...
	['The contract expires on 31 December.', '31 December', '2021-12-31', '2021-12-31', 'day'],
	['A joint drill is planned for February.', 'February', '2022-02-01', '2022-02-28', 'month'],
	['The next test may come in the spring.', 'the spring', '2021-03-01', '2021-05-31', 'season'],
	[
		'They said the crossing would open in the summer.',
		'the summer',
		'2021-06-01',
		'2021-08-31',
		'season'
	],
	['It will look like this next winter.', 'next winter', '2021-12-01', '2022-02-28', 'season'],
	// ... and a weekday picks the year it fits.
	[
		'A ship was hit on Saturday, 5 October.',
		'Saturday, 5 October',
		'2019-10-05',
		'2019-10-05',
		'day'
	],
	// Weekdays, relative days, times and month days, read by chrono-node (5 March 2021 is a Friday).
	['The FAA on Friday announced closures.', 'Friday', '2021-03-05', '2021-03-05', 'day'],
	[
		'He pleaded guilty Thursday afternoon.',
		'Thursday afternoon',
		'2021-03-04',
		'2021-03-04',
		'day'
	],
	['Police arrived at 10 p.m. Wednesday.', '10 p.m. Wednesday', '2021-03-03', '2021-03-03', 'day'],
	['The vote will be held on Tuesday.', 'Tuesday', '2021-03-09', '2021-03-09', 'day'],
	// An adjective in -ed after "will" is no past verb.
	[
		'The president will visit wounded soldiers on Sunday.',
		'Sunday',
		'2021-03-07',
		'2021-03-07',
		'day'
	],
	// A future clause, then a past one: the weekday is the past one's.
	[
		'Voters will return after no party won a majority in Sunday’s round.',
		'Sunday',
		'2021-02-28',
		'2021-02-28',
		'day'
	],
	[
		'Play was postponed until 15:00 GMT Saturday.',
		'15:00 GMT Saturday',
		'2021-03-06',
		'2021-03-06',
		'day'
	],
	['Shelling resumed yesterday.', 'yesterday', '2021-03-04', '2021-03-04', 'day'],
	['The blast came at 11:00 pm local time.', '11:00 pm', '2021-03-05', '2021-03-05', 'day'],
	['On Aug. 2 the firm merged.', 'Aug. 2', '2020-08-02', '2020-08-02', 'day'],
	['It was signed on 2022-03-25.', '2022-03-25', '2022-03-25', '2022-03-25', 'day'],
	// Calendar weeks, Monday to Sunday.
	['A week ago talks failed.', 'A week ago', '2021-02-22', '2021-02-28', 'range'],
	['The firm was sold two days ago.', 'two days ago', '2021-03-03', '2021-03-03', 'day'],
	['This week the talks resumed.', 'This week', '2021-03-01', '2021-03-07', 'range'],
	['Talks stalled last week.', 'last week', '2021-02-22', '2021-02-28', 'range'],
	// What chrono lacks: quarters, fiscal years, centuries, decade parts, holidays, anchors, periods.
	[
		'Profits fell in the third quarter.',
		'the third quarter',
		'2020-07-01',
		'2020-09-30',
		'quarter'
	],
	['Losses grew in the last quarter.', 'the last quarter', '2020-10-01', '2020-12-31', 'quarter'],
	[
		'Orders rose in the second fiscal quarter.',
		'the second fiscal quarter',
		'2020-04-01',
		'2020-06-30',
		'quarter'
	],
	[
		'Output fell in the third quarter of 2023.',
		'the third quarter of 2023',
		'2023-07-01',
		'2023-09-30',
		'quarter'
	],
	[
		'Prices rose in the first half of 2022.',
		'the first half of 2022',
		'2022-01-01',
		'2022-06-30',
		'year'
	],
	['It is due this fiscal year.', 'this fiscal year', '2021-01-01', '2021-12-31', 'year'],
	['Unrest marked the 20th century.', 'the 20th century', '1900-01-01', '1999-12-31', 'range'],
	['The late 1980s were calm.', 'The late 1980s', '1987-01-01', '1989-12-31', 'decade'],
	['Banks failed in the early 2000s.', 'the early 2000s', '2000-01-01', '2003-12-31', 'decade'],
	['It was big in the ’90s.', 'the ’90s', '1990-01-01', '1999-12-31', 'decade'],
	['Prices fell earlier this week.', 'earlier this week', '2021-03-01', '2021-03-05', 'range'],
	["Crowds gathered on New Year's Day.", "New Year's Day", '2021-01-01', '2021-01-01', 'day'],
	['Fighting eased over Easter.', 'Easter', '2020-04-12', '2020-04-12', 'day'],
	['They met the week after Easter.', 'the week after Easter', '2020-04-13', '2020-04-19', 'range'],
	[
		'Polls open on the first Sunday of October 2022.',
		'the first Sunday of October 2022',
		'2022-10-02',
		'2022-10-02',
		'day'
	],
	['After 26 years of rule, he fell.', '26 years of rule', '1995-03-05', '2021-03-05', 'range'],
	[
		'The plant will close within five months.',
		'within five months',
		'2021-03-05',
		'2021-08-05',
		'range'
	],
	// Ranges of years and days.
	['Talks were held on 9 and 10 June.', '9 and 10 June', '2020-06-09', '2020-06-10', 'range'],
	['Drills ran from 9 to 12 June 2022.', '9 to 12 June 2022', '2022-06-09', '2022-06-12', 'range'],
	['The law came into force on 1.1.2023.', '1.1.2023', '2023-01-01', '2023-01-01', 'day'],
	['A decade ago, Belarus mediated.', 'A decade ago', '2011-01-01', '2011-12-31', 'year'],
	['The deal covers 2019–21.', '2019–21', '2019-01-01', '2021-12-31', 'year'],
	['Trade grew in 2009-2010.', '2009-2010', '2009-01-01', '2010-12-31', 'year'],
	['Drills are planned for March 21-26.', 'March 21-26', '2021-03-21', '2021-03-26', 'range'],
	['The plant closed in nineteen ninety.', 'nineteen ninety', '1990-01-01', '1990-12-31', 'year'],
	[
		'Since nineteen eighty-four it stood.',
		'nineteen eighty-four',
		'1984-01-01',
		'1984-12-31',
		'year'
	],
	['Ships sailed in eighteen oh five.', 'eighteen oh five', '1805-01-01', '1805-12-31', 'year'],
	['In the year two thousand it opened.', 'two thousand', '2000-01-01', '2000-12-31', 'year'],
	[
		'It reopened in two thousand and eight.',
		'two thousand and eight',
		'2008-01-01',
		'2008-12-31',
		'year'
	],
	[
		'The fence went up during twenty twenty-one.',
		'twenty twenty-one',
		'2021-01-01',
		'2021-12-31',
		'year'
	],
	[
		'Drones struck between mid-July and the end of September.',
		'between mid-July and the end of September',
		'2020-07-11',
		'2020-09-30',
		'range'
	]
];

describe('findDates reads expressions against a pinned publication day', () => {
	it.each(CASES)('%s', (sentence, text, start, end, precision) => {
		const [found] = findDates(sentence, PUBLISHED);
		expect(found?.text).toBe(text);
		expect(found.interval).toMatchObject({ start, end, precision });
		expect(sentence.slice(found.start, found.end)).toBe(text);
	});

	it('gives a part of a decade a year of tolerance, and a whole decade none', () => {
		const [late, whole] = findDates('The late 1980s ended and the 1990s began.', PUBLISHED);
		expect(late.interval).toMatchObject({ precision: 'decade', toleranceDays: 366 });
		expect(whole.interval.precision).toBe('decade');
		expect(whole.interval.toleranceDays).toBeUndefined();
	});

	it('keeps "since" as a modifier of the value', () => {
		const [found] = findDates('Since 2014, volunteers have fought.', PUBLISHED);
		expect(found.interval).toMatchObject({ start: '2014-01-01', end: '2014-12-31', mod: 'since' });
	});

	it('reads "autumn of that year" in the year named just before', () => {
		const dates = findDates(
			'The Zapad 2021 exercises were held in autumn of that year.',
			PUBLISHED
		);
		expect(dates.map((d) => [d.text, d.interval.start])).toEqual([
			['autumn of that year', '2021-09-01']
		]);
	});

	it('continues from a date with its year named earlier in the paragraph', () => {
		const dates = findDates(
			'The first cut came on 1 October 2019. Then, on 23 November, the lights went out.',
			PUBLISHED
		);
		expect(dates.map((d) => [d.text, d.interval.start])).toEqual([
			['1 October 2019', '2019-10-01'],
			['23 November', '2019-11-23']
		]);
	});

	it('moves forward from the reference date across a new year', () => {
		const dates = findDates('They met in September 2019, and in January they signed.', PUBLISHED);
		expect(dates[1].interval.start).toBe('2020-01-01');
	});

	it('counts "eight days later" and "the day before" from the last day named', () => {
		const dates = findDates(
			'They marched on 8 November 2020; eight days later police used water cannon, and the day before drills began.',
			PUBLISHED
		);
		expect(dates.map((d) => [d.text, d.interval.start])).toEqual([
			['8 November 2020', '2020-11-08'],
			['eight days later', '2020-11-16'],
			['the day before', '2020-11-07']
		]);
	});

	it('reads a day range just after publication in the publication year', () => {
		const [found] = findDates('Forecast for February 21-26: more troops.', '2022-02-20');
		expect(found.interval).toMatchObject({ start: '2022-02-21', end: '2022-02-26' });
	});

	it('lets a bare year re-anchor only its own sentence', () => {
		const other = findDates('The firm was founded in 1988. On Aug. 2 it merged.', '1998-09-10');
		const same = findDates('The firm was founded in 1988 and on Aug. 2 it merged.', '1998-09-10');
		expect(other[1].interval.start).toBe('1998-08-02');
		expect(same[1].interval.start).toBe('1988-08-02');
	});

	it('reads "the end of year" in the year of the date before it', () => {
		const dates = findDates(
			'The season started in early December and peaked by the end of year.',
			'2013-03-22'
		);
		expect(dates.map((d) => [d.text, d.interval.start])).toEqual([
			['early December', '2012-12-01'],
			['the end of year', '2012-10-01']
		]);
	});

	it('dates "the day after the election" from the election dated earlier', () => {
		const dates = findDates(
			'The election of 9 August 2020 was rigged. The day after the election, protests began.',
			PUBLISHED
		);
		expect(dates.map((d) => [d.text, d.interval.start])).toEqual([
			['9 August 2020', '2020-08-09'],
			['The day after the election', '2020-08-10']
		]);
	});

	it('dates "the weeks after the referendum" from an earlier sentence, never its own', () => {
		const dates = findDates(
			'The referendum of 27 February 2022 passed. In the weeks after the referendum, troops stayed. Fighters came in July, days after the referendum.',
			'2023-03-01'
		);
		expect(dates.map((d) => [d.text, d.interval.start, d.interval.end])).toEqual([
			['27 February 2022', '2022-02-27', '2022-02-27'],
			['the weeks after the referendum', '2022-03-06', '2022-04-10'],
			['July', '2022-07-01', '2022-07-31'],
			['days after the referendum', '2022-02-28', '2022-03-09']
		]);
	});

	it('counts "two years later" from the date before it in the paragraph', () => {
		const dates = findDates('He was jailed in 2014. Two years later he was freed.', PUBLISHED);
		expect(dates[1]).toMatchObject({
			text: 'Two years later',
			interval: { start: '2016-01-01', end: '2016-12-31' }
		});
	});

	it('counts "the following Tuesday" from the day named before', () => {
		const dates = findDates(
			'Talks opened on Monday, 8 March 2021. The following Tuesday they broke down.',
			PUBLISHED
		);
		expect(dates[1]).toMatchObject({
			text: 'The following Tuesday',
			interval: { start: '2021-03-09', precision: 'day' }
		});
	});

	it('reads same-day phrases on the day named before, else on publication', () => {
		const dates = findDates(
			'Earlier in the day, shelling hit Kharkiv. Talks opened on 8 March 2021; later that day they collapsed.',
			'2021-03-10'
		);
		expect(dates.map((d) => [d.text, d.interval.start])).toEqual([
			['Earlier in the day', '2021-03-10'],
			['8 March 2021', '2021-03-08'],
			['later that day', '2021-03-08']
		]);
		expect(findDates('At the end of the day, politics matters.', PUBLISHED)).toEqual([]);
	});

	it('reads "the end of the year" in the year named just before', () => {
		const dates = findDates(
			'In April 2023 Kyiv recalled him. By the end of the year he was dismissed.',
			PUBLISHED
		);
		expect(dates[1].interval).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
	});
});

describe('findDates finds nothing in these', () => {
	it.each([
		'The Zapad 2021 exercises were large.',
		'Ukraine and Belarus share a border of over 1,000km.',
		'She waited in room 404.',
		'Upgrade to version 2.0 today.',
		'AnalysisIssue 6 2025Magazine',
		'Today the situation is calm, and now it may change. Since then, nothing.',
		'He may visit soon. March on!',
		'The trade brought 2.9 billion US dollars.',
		'Some 2000 troops took part.',
		'Two days later nothing had changed.',
		'Between May and the vote, support fell.',
		'Call 555-1234 or +375 17 222 33 44.',
		'Bloody Sunday was remembered, and The Sunday Times reported it.',
		'It was 21st-century warfare.',
		'They may march on the capital in their thousands.',
		'Prices rose 5-7 percent over 1,000 km of road.',
		'The force grew by two thousand and eight soldiers.',
		'Nineteen ninety-nine people came.',
		'He was one of nineteen twenty-somethings.'
	])('%s', (sentence) => {
		expect(findDates(sentence, PUBLISHED)).toEqual([]);
	});
});
