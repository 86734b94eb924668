"""Reads iCalendar text on stdin with Debian's python3-icalendar (a non-JavaScript parser) and
prints the calendar's name, parse errors and events as JSON, for the feed tests."""
import json
import sys
from datetime import timezone

from icalendar import Calendar


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


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
