"""Reads iCalendar text on stdin with Debian's python3-icalendar (a non-JavaScript parser) and
prints the calendar's name, parse errors and events as JSON, for the feed tests."""
import json
import sys
from datetime import timezone

import pytz
from dateutil import rrule as dateutil_rrule
from icalendar import Calendar

UTC_FORMAT = '%Y-%m-%dT%H:%M:%SZ'
WEEKDAYS = {'MO': dateutil_rrule.MO, 'TU': dateutil_rrule.TU, 'WE': dateutil_rrule.WE,
            'TH': dateutil_rrule.TH, 'FR': dateutil_rrule.FR, 'SA': dateutil_rrule.SA,
            'SU': dateutil_rrule.SU}


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def rrule_of(event):
    """FREQ, BYDAY and UNTIL (in UTC) of a weekly RRULE, in the shape the ical.js side gives."""
    rule = event.get('RRULE')
    if rule is None:
        return None
    until = rule.get('UNTIL')
    return {
        'freq': rule['FREQ'][0],
        'byday': list(rule.get('BYDAY', [])),
        'until': until[0].astimezone(timezone.utc).strftime(UTC_FORMAT) if until else None,
    }


def occurrences_of(event):
    """Every start in UTC: the rule is expanded on the local wall clock of DTSTART's TZID, as
    RFC 5545 §3.3.10 says, then each local start is placed in the zone (CET or CEST)."""
    start = event.get('DTSTART')
    rule = event.get('RRULE')
    if rule is None:
        return [start.dt.astimezone(timezone.utc).strftime(UTC_FORMAT)]
    zone = pytz.timezone(start.params['TZID'])
    local_start = start.dt.astimezone(zone).replace(tzinfo=None)
    until = rule['UNTIL'][0].astimezone(zone).replace(tzinfo=None)
    frequency = getattr(dateutil_rrule, rule['FREQ'][0])
    days = [WEEKDAYS[day] for day in rule.get('BYDAY', [])] or None
    starts = dateutil_rrule.rrule(frequency, dtstart=local_start, until=until, byweekday=days)
    return [zone.localize(local).astimezone(timezone.utc).strftime(UTC_FORMAT)
            for local in list(starts)[:500]]


def event_of(event):
    start = event.get('DTSTART')
    geo = event.get('GEO')
    return {
        'uid': text(event, 'UID'),
        'summary': text(event, 'SUMMARY'),
        'description': text(event, 'DESCRIPTION'),
        'location': text(event, 'LOCATION'),
        'geo': None if geo is None else [geo.latitude, geo.longitude],
        'dtstart': start.dt.strftime('%Y-%m-%dT%H:%M:%S'),
        'tzid': start.params.get('TZID'),
        'utcStart': start.dt.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
        'sequence': int(event.get('SEQUENCE', 0)),
        'status': text(event, 'STATUS'),
        'rrule': rrule_of(event),
        'occurrences': occurrences_of(event),
        'errors': [list(error) for error in event.errors],
    }


calendar = Calendar.from_ical(sys.stdin.buffer.read().decode('utf-8'))
print(json.dumps({
    'name': text(calendar, 'X-WR-CALNAME'),
    'method': text(calendar, 'METHOD'),
    'timezones': [str(tz.get('TZID')) for tz in calendar.walk('VTIMEZONE')],
    'errors': [list(error) for error in calendar.errors],
    'events': [event_of(event) for event in calendar.walk('VEVENT')],
}, ensure_ascii=False))
