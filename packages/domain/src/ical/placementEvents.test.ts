import { describe, expect, it } from 'vitest';
import { bookingLine } from './text';
import { placementEvent, placementWho, type PlacementItem } from './placementEvents';
import { placementRecurrence, utcDateTimeOf } from './recurrence';

const monToThu = { weekdays: [1, 2, 3, 4], dayStarts: '08:00', dayEnds: '16:00' };

describe('a placement’s recurrence', () => {
  it('when a place runs Mon–Thu for four weeks in March, then it is the first day’s hours repeated weekly until the last day’s end in UTC', () => {
    expect(
      placementRecurrence({ startsOn: '2030-03-04', endsOn: '2030-03-28', ...monToThu }),
    ).toEqual({
      start: new Date('2030-03-04T07:00:00Z'),
      end: new Date('2030-03-04T15:00:00Z'),
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH;UNTIL=20300328T150000Z',
    });
  });

  it('when the period crosses the switch to summer time, then UNTIL is the last day’s 16:00 CEST (14:00 UTC)', () => {
    const recurrence = placementRecurrence({
      startsOn: '2030-03-25',
      endsOn: '2030-04-04',
      ...monToThu,
    });
    expect(recurrence!.start).toEqual(new Date('2030-03-25T07:00:00Z'));
    expect(recurrence!.rrule).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH;UNTIL=20300404T140000Z');
  });

  it('when the period starts and ends on days off, then DTSTART is the first working day and UNTIL the last', () => {
    const recurrence = placementRecurrence({
      startsOn: '2030-03-02', // a Saturday
      endsOn: '2030-03-17', // a Sunday
      weekdays: [4, 1, 1],
      dayStarts: '09:30',
      dayEnds: '12:00',
    });
    expect(recurrence).toEqual({
      start: new Date('2030-03-04T08:30:00Z'),
      end: new Date('2030-03-04T11:00:00Z'),
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20300314T110000Z',
    });
  });

  it('when the place is one day (a snuffelstage), then the event does not repeat; with no working day there is none', () => {
    expect(
      placementRecurrence({ startsOn: '2030-03-05', endsOn: '2030-03-05', ...monToThu })!.rrule,
    ).toBeNull();
    expect(
      placementRecurrence({
        startsOn: '2030-03-08',
        endsOn: '2030-03-10',
        ...monToThu,
      }),
    ).toBeNull();
  });

  it('writes UTC date-times without separators or milliseconds', () => {
    expect(utcDateTimeOf(new Date('2030-03-28T15:00:00.000Z'))).toBe('20300328T150000Z');
  });
});

const item: PlacementItem = {
  placement: { id: 'p-1', status: 'accepted', startsOn: '2030-03-04', endsOn: '2030-03-28' },
  booking: { id: 'b-1', sequence: 1, statusReason: null },
  session: {
    id: 's-1',
    startsAt: new Date('2030-03-04T07:00:00Z'),
    endsAt: new Date('2030-03-28T15:00:00Z'),
    status: 'scheduled',
    cancelReason: null,
    sequence: 2,
  },
  place: { id: 'place-1', ...monToThu },
  offer: {
    id: 'o-1',
    type: 'internship',
    title: 'Stage installatietechniek',
    companyName: 'Installatiebedrijf Noord',
    locationKind: 'at_company',
    street: 'Industrieweg 1',
    postcode: '9401 AB',
    city: 'Assen',
    latitude: null,
    longitude: null,
    requirements: 'Werkschoenen',
    contactName: 'Henk de Vries',
    contactEmail: 'henk@noord.example',
    contactPhone: null,
  },
  participant: { kind: 'pupil', className: '3KB' },
  schoolName: 'Dr. Nassau College',
  changedAt: new Date('2030-01-10T10:00:00Z'),
};

describe('placement events', () => {
  it('when the school sees a pupil’s placement, then it names the company, the class and one pupil, repeating on the working days', () => {
    const event = placementEvent(item, 'school', 'https://web');
    expect(event).toMatchObject({
      uid: 'placement-p-1@stagebureau.nl',
      sequence: 3,
      status: 'CONFIRMED',
      summary: 'Stage: Stage installatietechniek – Installatiebedrijf Noord',
      start: new Date('2030-03-04T07:00:00Z'),
      end: new Date('2030-03-04T15:00:00Z'),
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH;UNTIL=20300328T150000Z',
      location: 'Installatiebedrijf Noord, Industrieweg 1, 9401 AB Assen',
      url: 'https://web/school/stages/plaatsing/p-1',
    });
    expect(event.description).toContain('Wie: klas 3KB, 1 leerling');
    expect(event.description).toContain(
      'Periode: maandag 4 maart 2030 t/m donderdag 28 maart 2030',
    );
    expect(event.description).toContain('Werkdagen: ma, di, wo, do, 08:00–16:00');
    expect(event.description).toContain('Meenemen: Werkschoenen');
  });

  it('when the company sees it, then it names the school and not what to bring', () => {
    const event = placementEvent(item, 'company', 'https://web');
    expect(event.summary).toBe('Stage: Stage installatietechniek – Dr. Nassau College');
    expect(event.description).toContain('Wie: Dr. Nassau College, klas 3KB, 1 leerling');
    expect(event.description).not.toContain('Meenemen');
    expect(event.url).toBe('https://web/bedrijf/stageplaatsen/plaatsing/p-1');
  });

  it.each(['declined', 'cancelled'] as const)(
    'when the placement is %s, then the event is cancelled with the reason',
    (status) => {
      const event = placementEvent(
        {
          ...item,
          placement: { ...item.placement, status },
          booking: { ...item.booking, statusReason: 'Geen plek meer' },
        },
        'school',
        'https://web',
      );
      expect(event.status).toBe('CANCELLED');
      expect(event.summary.startsWith('Geannuleerd: ')).toBe(true);
      expect(event.description.split('\n')[0]).toBe('GEANNULEERD: Geen plek meer');
    },
  );

  it('names a teacher’s own placement "docentenstage", and never a person', () => {
    expect(placementWho({ kind: 'teacher', className: null })).toBe('docentenstage');
    expect(placementWho({ kind: 'pupil', className: null })).toBe('1 leerling');
    expect(
      bookingLine({
        id: 'b',
        status: 'confirmed',
        statusReason: null,
        seats: 1,
        teachers: [],
        sequence: 0,
        schoolName: 'Dr. Nassau College',
        className: null,
      }),
    ).toBe('Dr. Nassau College, docentenstage, 1 plaats');
  });
});
