import type { NotificationFacts, RequestFacts, RequestPartFacts } from './facts';

/** Small readable facts for the demand side's message tests (issue 15). */
export const request: RequestFacts = {
  requestId: '33333333-3333-4333-8333-333333333333',
  requestTitle: 'Gastles <b>robotica</b> & programmeren',
  requestType: 'guest_lesson',
};

export const proposedPart: RequestPartFacts = {
  schoolName: 'Noorderpoort',
  className: '3B',
  occasion: 1,
  // Monday 8 February 2027, 13:00–15:00 in Amsterdam (winter time, UTC+1).
  startsAt: '2027-02-08T12:00:00Z',
  endsAt: '2027-02-08T14:00:00Z',
};

export const askedPart: RequestPartFacts = {
  schoolName: 'Dollard College',
  className: '2A',
  occasion: 2,
  startsAt: null,
  endsAt: null,
};

export const requestMessageFacts: NotificationFacts[] = [
  {
    kind: 'sign_up.received',
    request,
    companyName: 'Bouw & Co',
    contact: { name: 'Jan', email: 'jan@bouw.nl', phone: '050-1234567' },
    note: 'We nemen een robotarm mee.',
    parts: [proposedPart],
  },
  { kind: 'sign_up.accepted', request, schoolName: 'Noorderpoort', part: proposedPart },
  {
    kind: 'sign_up.declined',
    request,
    schoolName: 'Noorderpoort',
    part: proposedPart,
    reason: 'Toetsweek',
  },
  {
    kind: 'sign_up.withdrawn',
    request,
    companyName: 'Bouw & Co',
    reason: null,
    parts: [proposedPart],
  },
  {
    kind: 'request.reminder',
    request,
    periodFrom: '2027-02-01',
    periodUntil: '2027-03-12',
    signUpDeadline: '2027-01-15',
    hoursPerOccasion: 1.5,
    parts: [proposedPart, askedPart].map((part) => ({ ...part, startsAt: null, endsAt: null })),
  },
];
