// HANDOFF_HOURS: parsing, Helsinki time across the DST change, Finnish public holidays, the next opening, descriptions.
import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, easterSunday, finnishHolidays, parseHours, type OpeningHours } from '../../bot/handover/hours.js';

function hours(spec: string, options?: { holidays?: boolean }): OpeningHours {
  const parsed = parseHours(spec, options);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.hours;
}

const at = (iso: string) => new Date(iso);

describe('parseHours', () => {
  it.each([
    'mon-fri 09:00-15:00',
    'mon-thu 09:00-16:00, fri 09:00-14:00',
    'ma-pe 9-15',
    'MA-PE 9-15',
    'mån-fre 9.00-15.00',
    'Mån - Fre 9:00 – 15:00',
    'tis 10-12; tor 13:30-16',
    'la 10-14',
    'mon-fri 8-24',
  ])('reads %s', (spec) => {
    expect(parseHours(spec).ok).toBe(true);
  });

  it.each([
    ['', /no hours/],
    ['   ', /no hours/],
    ['xyz 9-15', /"xyz"/],
    ['mon-fri', /"mon-fri"/],
    ['mon-fri 9', /"9" in "mon-fri 9"/],
    ['mon-fri 9-25', /"25" in "mon-fri 9-25" is not a time of day/],
    ['mon-fri 9:75-15', /"9:75"/],
    ['mon-fri 15-09', /"15-09" in "mon-fri 15-09": the end \(9:00\) must be after the start \(15:00\)/],
    ['mon-fri 9-9', /must be after the start/],
    ['mon-thu 9-16, fredag 9-14', /"fredag" in "fredag 9-14" is not a day/],
    ['mon-fri-sat 9-15', /"mon-fri-sat"/],
    ['mon fri 9-15', /not of the form/],
    ['constructor 9-15', /"constructor" in "constructor 9-15" is not a day/],
  ])('refuses %j, naming the bad part', (spec, message) => {
    const parsed = parseHours(spec);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('opening hours in Helsinki time', () => {
  const weekdays = hours('mon-fri 09:00-15:00');

  it('is open 9–15 local in winter time (UTC+2)', () => {
    // Friday 27 March 2026, before the change to summer time
    expect(weekdays.isOpen(at('2026-03-27T06:59:00Z'))).toBe(false); // 8.59
    expect(weekdays.isOpen(at('2026-03-27T07:00:00Z'))).toBe(true); // 9.00
    expect(weekdays.isOpen(at('2026-03-27T12:59:00Z'))).toBe(true); // 14.59
    expect(weekdays.isOpen(at('2026-03-27T13:00:00Z'))).toBe(false); // 15.00
  });

  it('is open 9–15 local in summer time (UTC+3)', () => {
    // Monday 30 March 2026, the day after the change
    expect(weekdays.isOpen(at('2026-03-30T08:30:00Z'))).toBe(true); // 11.30
    expect(weekdays.isOpen(at('2026-03-30T05:59:00Z'))).toBe(false); // 8.59
    expect(weekdays.isOpen(at('2026-03-30T06:00:00Z'))).toBe(true); // 9.00
    expect(weekdays.isOpen(at('2026-03-30T12:00:00Z'))).toBe(false); // 15.00
  });

  it('is closed at the weekend and takes each day its own hours', () => {
    expect(weekdays.isOpen(at('2026-03-28T09:00:00Z'))).toBe(false); // Saturday 11.00
    const split = hours('mon-thu 09:00-16:00, fri 09:00-14:00');
    expect(split.isOpen(at('2026-04-02T12:30:00Z'))).toBe(true); // Thursday 15.30
    expect(split.isOpen(at('2026-04-03T11:30:00Z'))).toBe(false); // Friday 14.30
  });

  it('counts the day in Helsinki, not in UTC', () => {
    const sunday = hours('su 0-2');
    // Saturday 22.30 UTC is Sunday 0.30 in Helsinki (winter time)
    expect(sunday.isOpen(at('2026-01-10T22:30:00Z'))).toBe(true);
    expect(sunday.isOpen(at('2026-01-11T22:30:00Z'))).toBe(false);
  });

  it('is closed on Finnish public holidays unless told otherwise', () => {
    // Good Friday 26 March 2027, 11.00 local (winter time)
    expect(weekdays.isOpen(at('2027-03-26T09:00:00Z'))).toBe(false);
    // Easter Monday 29 March 2027 (summer time) and the Tuesday after it
    expect(weekdays.isOpen(at('2027-03-29T08:00:00Z'))).toBe(false);
    expect(weekdays.isOpen(at('2027-03-30T08:00:00Z'))).toBe(true);
    // Midsummer Eve, Friday 25 June 2027, and the Friday before it
    expect(weekdays.isOpen(at('2027-06-25T08:00:00Z'))).toBe(false);
    expect(weekdays.isOpen(at('2027-06-18T08:00:00Z'))).toBe(true);
    // Independence Day, Monday 6 December 2027
    expect(weekdays.isOpen(at('2027-12-06T09:00:00Z'))).toBe(false);
    expect(weekdays.isOpen(at('2027-12-07T09:00:00Z'))).toBe(true);
    // Ascension Day, Thursday 6 May 2027
    expect(weekdays.isOpen(at('2027-05-06T08:00:00Z'))).toBe(false);
    const noHolidays = hours('mon-fri 09:00-15:00', { holidays: false });
    expect(noHolidays.isOpen(at('2027-03-26T09:00:00Z'))).toBe(true);
    expect(noHolidays.isOpen(at('2027-12-06T09:00:00Z'))).toBe(true);
  });

  it('knows the moving holidays', () => {
    expect(easterSunday(2026)).toEqual([4, 5]);
    expect(easterSunday(2027)).toEqual([3, 28]);
    expect(easterSunday(2038)).toEqual([4, 25]);
    const y2027 = finnishHolidays(2027);
    for (const day of ['1-1', '1-6', '3-26', '3-28', '3-29', '5-1', '5-6', '6-25', '6-26', '11-6', '12-6', '12-24', '12-25', '12-26']) expect(y2027.has(day), day).toBe(true);
    expect(y2027.has('6-24')).toBe(false);
    // All Saints' Day 2026 is Saturday 31 October; Midsummer Eve 2026 is Friday 19 June
    expect(finnishHolidays(2026).has('10-31')).toBe(true);
    expect(finnishHolidays(2026).has('6-19')).toBe(true);
  });

  it('finds the next opening over a weekend and across the change to summer time', () => {
    // Friday 27 March 2026 15.30 (winter) → Monday 30 March 9.00 (summer time: 6.00 UTC)
    expect(weekdays.nextOpening(at('2026-03-27T13:30:00Z'))?.toISOString()).toBe('2026-03-30T06:00:00.000Z');
    // Early on a weekday: the same morning
    expect(weekdays.nextOpening(at('2026-01-14T05:00:00Z'))?.toISOString()).toBe('2026-01-14T07:00:00.000Z');
    // Open now: now
    const now = at('2026-01-14T09:00:00Z');
    expect(weekdays.nextOpening(now)).toEqual(now);
  });

  it('skips holidays when looking for the next opening', () => {
    // Thursday 25 March 2027 evening → Good Friday and Easter Monday closed → Tuesday 30 March 9.00 (UTC+3)
    expect(weekdays.nextOpening(at('2027-03-25T16:00:00Z'))?.toISOString()).toBe('2027-03-30T06:00:00.000Z');
    // Christmas Eve 2027 is a Friday; the 27th the Monday after Boxing Day
    expect(weekdays.nextOpening(at('2027-12-23T14:00:00Z'))?.toISOString()).toBe('2027-12-27T07:00:00.000Z');
  });

  it('describes the hours in three languages', () => {
    expect(weekdays.describe('fi')).toBe('ma–pe 9.00–15.00');
    expect(weekdays.describe('sv')).toBe('mån–fre 9.00–15.00');
    expect(weekdays.describe('en')).toBe('Mon–Fri 9:00–15:00');
    const split = hours('mon-thu 09:00-16:00, fri 09:00-14:30');
    expect(split.describe('fi')).toBe('ma–to 9.00–16.00, pe 9.00–14.30');
    expect(split.describe('en')).toBe('Mon–Thu 9:00–16:00, Fri 9:00–14:30');
    expect(hours('ke 12-16').describe('sv')).toBe('ons 12.00–16.00');
  });
});

describe('ALWAYS_OPEN', () => {
  it('is open at any hour, holidays included', () => {
    const christmas = at('2027-12-25T01:00:00Z');
    expect(ALWAYS_OPEN.isOpen(christmas)).toBe(true);
    expect(ALWAYS_OPEN.nextOpening(christmas)).toEqual(christmas);
    expect(ALWAYS_OPEN.always).toBe(true);
    expect(ALWAYS_OPEN.describe('en')).toBe('around the clock');
  });
});
