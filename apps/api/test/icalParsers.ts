import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { expect } from 'vitest';

/** What both parsers report about an event, in the same shape. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  geo: [number, number] | null;
  /** Local wall-clock start, `YYYY-MM-DDTHH:mm:ss`. */
  dtstart: string;
  tzid: string | null;
  utcStart: string;
  sequence: number;
  status: string | null;
  /** A repeating event's rule: FREQ, BYDAY and UNTIL in UTC. */
  rrule: { freq: string; byday: string[]; until: string | null } | null;
  /** Every occurrence's start in UTC, the rule expanded (at most 500). */
  occurrences: string[];
}

export interface ParsedCalendar {
  name: string | null;
  method: string | null;
  timezones: string[];
  events: ParsedEvent[];
}

const pythonScript = fileURLToPath(new URL('./parse_ics.py', import.meta.url));

/** Debian's python3-icalendar, run with the system interpreter (not a venv's python3). */
export function parseWithPython(ics: string): ParsedCalendar & { errors: unknown[] } {
  const output = execFileSync('/usr/bin/python3', [pythonScript], { input: ics, encoding: 'utf8' });
  type PythonEvent = ParsedEvent & { errors: unknown[] };
  const parsed = JSON.parse(output) as Omit<ParsedCalendar, 'events'> & {
    errors: unknown[];
    events: PythonEvent[];
  };
  for (const event of parsed.events) {
    expect(event.errors, `python3-icalendar errors in ${event.uid}`).toEqual([]);
  }
  return { ...parsed, events: parsed.events.map(({ errors: _errors, ...event }) => event) };
}

const utc = (instant: Date) => instant.toISOString().replace('.000Z', 'Z');

/** ical.js, with the calendar's own VTIMEZONE registered so UTC conversion uses our rules. */
export function parseWithIcalJs(ics: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  for (const timezone of timezones) ICAL.TimezoneService.register(timezone);
  // Parse again so the events' times bind to the zones registered above.
  const bound = new ICAL.Component(ICAL.parse(ics));
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  // ical.js leaves unknown X- properties raw; X-WR-CALNAME is TEXT (RFC 5545 §3.3.11).
  const calendarName = text(bound.getFirstPropertyValue('x-wr-calname'));
  return {
    name:
      calendarName &&
      calendarName.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)),
    method: text(bound.getFirstPropertyValue('method')),
    timezones: timezones.map((tz) => String(tz.getFirstPropertyValue('tzid'))),
    events: bound.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const geo = component.getFirstPropertyValue('geo') as [number, number] | null;
      const rule = component.getFirstPropertyValue('rrule') as ICAL.Recur | null;
      const occurrences: string[] = [];
      const iterator = event.iterator();
      for (let next = iterator.next(); next && occurrences.length < 500; next = iterator.next())
        occurrences.push(utc(next.toJSDate()));
      return {
        uid: event.uid,
        summary: event.summary,
        description: text(event.description),
        location: text(event.location),
        geo: geo ? [Number(geo[0]), Number(geo[1])] : null,
        dtstart: event.startDate.toString().slice(0, 19),
        tzid: text(component.getFirstProperty('dtstart')?.getParameter('tzid')),
        utcStart: utc(event.startDate.toJSDate()),
        sequence: event.sequence,
        status: text(component.getFirstPropertyValue('status')),
        rrule: rule
          ? {
              freq: String(rule.freq),
              byday: (rule.parts.BYDAY ?? []).map(String),
              until: rule.until ? utc(rule.until.toJSDate()) : null,
            }
          : null,
        occurrences,
      };
    }),
  };
}

/** Parses with both parsers, checks they agree, and returns their common reading. */
export function parseBoth(ics: string): ParsedCalendar {
  const fromJs = parseWithIcalJs(ics);
  const { errors, ...fromPython } = parseWithPython(ics);
  expect(errors).toEqual([]);
  expect(fromPython).toEqual(fromJs);
  return fromJs;
}

/** RFC 5545 §3.1: CRLF line ends and no line longer than 75 octets. */
export function expectFoldedLines(ics: string) {
  expect(ics.endsWith('\r\n') || ics.endsWith('END:VCALENDAR')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics.split('\r\n')) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  }
}
