// When service-guidance staff take requests (HANDOFF_HOURS): weekly hours in Europe/Helsinki, closed on Finnish public
// holidays. Pure: no clock of its own (every question names its instant), no adapters.
import type { Lang } from '../../knowledge/vocabulary.js';

export const HELSINKI = 'Europe/Helsinki';

/** Weekly opening hours, read in Helsinki time whatever the server's zone. */
export interface OpeningHours {
  /** True when requests are taken at `at` (within the hours, and not a public holiday unless holidays are ignored). */
  isOpen(at: Date): boolean;
  /** `at` itself when open; otherwise the next moment it opens, within 14 days (undefined: not within 14 days). */
  nextOpening(at: Date): Date | undefined;
  /** The hours for a resident: "ma–pe 9.00–15.00", "mån–fre 9.00–15.00", "Mon–Fri 9:00–15:00". */
  describe(lang: Lang): string;
  /** True for ALWAYS_OPEN (HANDOFF_HOURS unset). */
  readonly always: boolean;
}

export type ParsedHours = { ok: true; hours: OpeningHours } | { ok: false; error: string };

export interface HoursOptions {
  /** Closed on Finnish public holidays (default true). */
  holidays?: boolean;
}

const DAY_MS = 86_400_000;
const LOOKAHEAD_DAYS = 14;

/** Day names as written in a spec, to 0 = Monday … 6 = Sunday (English, Finnish, Swedish; case-insensitive). */
const DAY_NAMES: ReadonlyMap<string, number> = new Map(Object.entries({
  mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6,
  monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6,
  tues: 1, thur: 3, thurs: 3,
  ma: 0, ti: 1, ke: 2, to: 3, pe: 4, la: 5, su: 6,
  mån: 0, man: 0, tis: 1, ons: 2, tor: 3, tors: 3, fre: 4, lör: 5, lor: 5, sön: 6, son: 6,
}));

const DAY_LABELS: Record<Lang, readonly string[]> = {
  fi: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
  sv: ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

const AROUND_THE_CLOCK: Record<Lang, string> = { fi: 'ympäri vuorokauden', sv: 'dygnet runt', en: 'around the clock' };

/** Minutes from local midnight: [start, end), end at most 24 * 60. */
type Interval = readonly [number, number];

// ---------------------------------------------------------------------------------------------------------------------
// Helsinki wall time

interface LocalTime { year: number; month: number; day: number; minutes: number; weekday: number }

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: HELSINKI, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
});

function helsinkiParts(at: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const out: Record<string, number> = {};
  for (const p of partsFormat.formatToParts(at)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year ?? 0, month: out.month ?? 0, day: out.day ?? 0, hour: (out.hour ?? 0) % 24, minute: out.minute ?? 0, second: out.second ?? 0 };
}

/** Monday = 0 … Sunday = 6 of a calendar date. */
function weekdayOf(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

function localTime(at: Date): LocalTime {
  const p = helsinkiParts(at);
  return { year: p.year, month: p.month, day: p.day, minutes: p.hour * 60 + p.minute, weekday: weekdayOf(p.year, p.month, p.day) };
}

/** Helsinki's offset from UTC at instant `t` (ms), e.g. 2 h in winter, 3 h in summer. */
function offsetAt(t: number): number {
  const p = helsinkiParts(new Date(t));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000;
}

/** The instant of a Helsinki wall time (a time skipped by the spring change lands an hour later, as clocks do). */
function helsinkiInstant(year: number, month: number, day: number, minutes: number): Date {
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}

// ---------------------------------------------------------------------------------------------------------------------
// Finnish public holidays

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm): [month, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const holidayCache = new Map<number, ReadonlySet<string>>();

const dateKey = (month: number, day: number) => `${month}-${day}`;

/** The date `days` after `month`/`day` of `year`, as [month, day]. */
function shift(year: number, month: number, day: number, days: number): [number, number] {
  const d = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return [d.getUTCMonth() + 1, d.getUTCDate()];
}

/** The first date from `month`/`fromDay` on that falls on `weekday` (0 = Monday), as [month, day]. */
function firstWeekdayFrom(year: number, month: number, fromDay: number, weekday: number): [number, number] {
  const w = weekdayOf(year, month, fromDay);
  return shift(year, month, fromDay, (weekday - w + 7) % 7);
}

/**
 * Finland's public holidays and the days offices close (as "M-D" keys): New Year's Day, Epiphany, Good Friday, Easter
 * Day, Easter Monday, May Day, Ascension Day, Whit Sunday, Midsummer Eve and Day, All Saints' Day, Independence Day,
 * Christmas Eve, Christmas Day and Boxing Day.
 */
export function finnishHolidays(year: number): ReadonlySet<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const [em, ed] = easterSunday(year);
  const days: [number, number][] = [
    [1, 1], [1, 6],
    shift(year, em, ed, -2), [em, ed], shift(year, em, ed, 1),
    [5, 1],
    shift(year, em, ed, 39), shift(year, em, ed, 49),
    firstWeekdayFrom(year, 6, 19, 4), firstWeekdayFrom(year, 6, 20, 5),
    firstWeekdayFrom(year, 10, 31, 5),
    [12, 6], [12, 24], [12, 25], [12, 26],
  ];
  const set = new Set(days.map(([m, d]) => dateKey(m, d)));
  holidayCache.set(year, set);
  return set;
}

export function isFinnishHoliday(year: number, month: number, day: number): boolean {
  return finnishHolidays(year).has(dateKey(month, day));
}

// ---------------------------------------------------------------------------------------------------------------------
// Parsing

function parseDay(name: string, segment: string): number | string {
  const day = DAY_NAMES.get(name.toLowerCase());
  if (day !== undefined) return day;
  return `"${name}" in "${segment}" is not a day (expected mon–sun, ma–su or mån–sön)`;
}

function parseTime(text: string, segment: string): number | string {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
  const bad = `"${text}" in "${segment}" is not a time of day (expected H, HH:MM or H.MM, e.g. 9 or 09:00)`;
  if (!m) return bad;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return bad;
  return hours * 60 + minutes;
}

/**
 * Reads HANDOFF_HOURS: comma-separated `DAYS TIME-TIME` parts, e.g. `mon-fri 09:00-15:00`,
 * `mon-thu 09:00-16:00, fri 09:00-14:00`, `ma-pe 9-15`, `mån-fre 9.00-15.00`. Days are a single day or a range
 * (English, Finnish or Swedish abbreviations, any case); times are H, HH:MM or H.MM, the end after the start
 * (24:00 is the end of the day). The error names the part that is wrong.
 */
export function parseHours(spec: string, options: HoursOptions = {}): ParsedHours {
  const week: Interval[][] = Array.from({ length: 7 }, () => []);
  const segments = spec.split(/[,;]/).map((s) => s.trim());
  if (segments.every((s) => s === '')) return { ok: false, error: 'no hours given (expected e.g. "mon-fri 09:00-15:00")' };
  for (const segment of segments) {
    if (segment === '') continue;
    // "mon - fri  9 – 15" → "mon-fri 9-15"
    const compact = segment.replace(/[‐-―−]/g, '-').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ');
    const parts = compact.split(' ');
    if (parts.length !== 2) return { ok: false, error: `"${segment}" is not of the form DAYS START-END (e.g. "mon-fri 09:00-15:00")` };
    const [dayText = '', timeText = ''] = parts;
    const dayNames = dayText.split('-');
    const times = timeText.split('-');
    if (dayNames.length > 2 || dayNames.some((d) => d === '')) return { ok: false, error: `"${dayText}" in "${segment}" is not a day or a range of days (e.g. mon-fri)` };
    if (times.length !== 2 || times.some((t) => t === '')) return { ok: false, error: `"${timeText}" in "${segment}" is not a time range START-END (e.g. 09:00-15:00)` };
    const days = dayNames.map((d) => parseDay(d, segment));
    const badDay = days.find((d) => typeof d === 'string');
    if (typeof badDay === 'string') return { ok: false, error: badDay };
    const [start, end] = times.map((t) => parseTime(t, segment));
    if (typeof start === 'string') return { ok: false, error: start };
    if (typeof end === 'string') return { ok: false, error: end };
    if (start === undefined || end === undefined) return { ok: false, error: `"${timeText}" in "${segment}" is not a time range` };
    if (start >= 24 * 60 || end <= start) {
      return { ok: false, error: `"${timeText}" in "${segment}": the end (${clock(end, 'en')}) must be after the start (${clock(start, 'en')}) on the same day` };
    }
    const from = days[0] as number;
    const to = (days[1] ?? from) as number;
    // A range may wrap past Sunday (fri-mon).
    for (let d = from, n = 0; n < 7; d = (d + 1) % 7, n++) {
      week[d]?.push([start, end]);
      if (d === to) break;
    }
  }
  return { ok: true, hours: new WeeklyHours(week.map(merge), options.holidays ?? true) };
}

/** Sorted, overlapping or touching intervals joined. */
function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function clock(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, '0');
  return lang === 'en' ? `${h}:${m}` : `${h}.${m}`;
}

class WeeklyHours implements OpeningHours {
  readonly always = false;
  constructor(private readonly week: readonly (readonly Interval[])[], private readonly holidays: boolean) {}

  private closedOn(year: number, month: number, day: number): boolean {
    return this.holidays && isFinnishHoliday(year, month, day);
  }

  isOpen(at: Date): boolean {
    const t = localTime(at);
    if (this.closedOn(t.year, t.month, t.day)) return false;
    return (this.week[t.weekday] ?? []).some(([s, e]) => t.minutes >= s && t.minutes < e);
  }

  nextOpening(at: Date): Date | undefined {
    if (this.isOpen(at)) return at;
    const limit = at.getTime() + LOOKAHEAD_DAYS * DAY_MS;
    const today = localTime(at);
    for (let n = 0; n <= LOOKAHEAD_DAYS; n++) {
      const d = new Date(Date.UTC(today.year, today.month - 1, today.day) + n * DAY_MS);
      const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      if (this.closedOn(year, month, day)) continue;
      for (const [start] of this.week[weekdayOf(year, month, day)] ?? []) {
        const opens = helsinkiInstant(year, month, day, start);
        if (opens.getTime() > limit) return undefined;
        if (opens.getTime() > at.getTime() && this.isOpen(opens)) return opens;
      }
    }
    return undefined;
  }

  describe(lang: Lang): string {
    const labels = DAY_LABELS[lang];
    const perDay = this.week.map((intervals) => intervals.map(([s, e]) => `${clock(s, lang)}–${clock(e, lang)}`).join(', '));
    const parts: string[] = [];
    for (let d = 0; d < 7;) {
      const times = perDay[d] ?? '';
      let last = d;
      while (last + 1 < 7 && perDay[last + 1] === times) last++;
      if (times !== '') parts.push(`${labels[d]}${last > d ? `–${labels[last]}` : ''} ${times}`);
      d = last + 1;
    }
    return parts.join(', ');
  }
}

/** HANDOFF_HOURS unset: requests are taken at any hour, holidays included. */
export const ALWAYS_OPEN: OpeningHours = Object.freeze({
  always: true,
  isOpen: () => true,
  nextOpening: (at: Date) => at,
  describe: (lang: Lang) => AROUND_THE_CLOCK[lang],
});
