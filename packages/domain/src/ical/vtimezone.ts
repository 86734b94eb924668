import { timeZone } from '../vocabulary';

/**
 * The VTIMEZONE for Europe/Amsterdam under the EU rules in force since 1996: summer time
 * (CEST, +02:00) from the last Sunday of March 02:00 to the last Sunday of October 03:00.
 * Written out here rather than taken from a timezone package: it is the product's only zone.
 */
const amsterdamVtimezone = [
  'BEGIN:VTIMEZONE',
  `TZID:${timeZone}`,
  `X-LIC-LOCATION:${timeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** The VTIMEZONE component for a zone name, or null for a zone the product does not use. */
export const vtimezoneFor = (zone: string): string | null =>
  zone === timeZone ? amsterdamVtimezone : null;
