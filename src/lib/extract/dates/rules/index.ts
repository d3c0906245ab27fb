/**
 * The rule table for what chrono-node does not read, one module per family: months, seasons,
 * quarters, years, periods (decades, centuries), named days, relative units and durations.
 * Each row is a pattern and its reading; 05-dates runs them and keeps the longest match.
 */
import type { DateRule } from '../reading';
import * as months from './months';
import * as seasons from './seasons';
import * as quarters from './quarters';
import * as years from './years';
import * as periods from './periods';
import * as namedDays from './namedDays';
import * as relative from './relative';
import * as durations from './durations';

/** The rules in tie-break order (earlier wins between matches of the same length). */
export const RULES: DateRule[] = [
	months.dottedDate,
	months.dayRange,
	months.monthRangeYear,
	months.monthYearRange,
	months.monthYear,
	months.monthAlone,
	seasons.seasonYear,
	seasons.seasonOfThatYear,
	seasons.relativeSeason,
	seasons.seasonAlone,
	quarters.quarter,
	months.monthPartRange,
	years.partOfYear,
	years.partOfThatYear,
	years.yearRange,
	periods.decades,
	periods.decade,
	years.year,
	years.spelledYear,
	namedDays.nthWeekdayOfMonth,
	periods.century,
	quarters.quarterOfYear,
	quarters.fiscalYear,
	namedDays.holiday,
	relative.relativeUnit,
	relative.pastDuration,
	relative.ago,
	relative.yearsLater,
	relative.recent,
	durations.tenure,
	durations.periodOf,
	durations.within
];
