import { describe, expect, it } from 'vitest';
import type { BookingFacts, NotificationFacts } from './facts';
import { notificationKinds } from './kinds';
import { renderNotification } from './render';
import { attendanceMessageFacts } from './attendanceMessages.testInputs';
import { complianceMessageFacts } from './complianceMessages.testInputs';
import { placementMessageFacts } from './placementMessages.testInputs';
import { requestMessageFacts } from './requestMessages.testInputs';

const urls = { webUrl: 'https://app.example.nl', apiUrl: 'https://api.example.nl' };
const booking: BookingFacts = {
  bookingId: '11111111-1111-4111-8111-111111111111',
  sessionId: '22222222-2222-4222-8222-222222222222',
  offerTitle: 'Lassen <script>alert(1)</script> & solderen',
  offerType: 'workshop',
  companyName: 'Bouw & Co "BV"',
  startsAt: '2026-03-09T07:30:00Z',
  endsAt: '2026-03-09T10:30:00Z',
  locationKind: 'at_company',
  address: 'Werfstraat 1, 9700 AB Groningen',
  schoolName: 'Noorderpoort',
  className: '3B',
  seats: 22,
  note: 'Twee leerlingen gebruiken een rolstoel.',
};
const activity = { ...booking };
const everyKind: NotificationFacts[] = [
  { kind: 'booking.confirmed', booking },
  { kind: 'booking.waitlisted', booking },
  { kind: 'booking.promoted', booking, holdExpiresAt: '2026-03-01T10:00:00Z' },
  { kind: 'booking.requested', booking, fromWaitlist: false },
  { kind: 'booking.declined', booking, reason: 'Te jong' },
  { kind: 'booking.cancelled', booking, cancelledBy: 'company', reason: 'Ziekte' },
  {
    kind: 'session.changed',
    activity,
    previous: null,
    reason: null,
    classNames: ['3B'],
    bookingId: null,
  },
  { kind: 'session.cancelled', activity, reason: null, classNames: [], bookingId: null },
  {
    kind: 'proposal.received',
    proposalId: booking.bookingId,
    offerTitle: 'Gastles',
    schoolName: 'Noorderpoort',
    className: '3B',
    seats: 20,
    options: [{ startsAt: booking.startsAt, endsAt: booking.endsAt }],
  },
  {
    kind: 'proposal.accepted',
    proposalId: booking.bookingId,
    offerTitle: 'Gastles',
    companyName: 'Bouw',
    className: '3B',
    startsAt: booking.startsAt,
    bookingId: booking.bookingId,
  },
  {
    kind: 'proposal.declined',
    proposalId: booking.bookingId,
    offerTitle: 'Gastles',
    companyName: 'Bouw',
    className: '3B',
    reason: null,
  },
  {
    kind: 'allocation.published',
    roundId: booking.bookingId,
    roundName: 'Voorjaar',
    schoolName: 'Noorderpoort',
    results: [
      {
        className: '3B',
        outcome: 'placed',
        offerTitle: 'Lassen',
        startsAt: booking.startsAt,
        explanation: 'voorkeur 1 in ronde 1',
      },
    ],
  },
  {
    kind: 'conflict.raised',
    conflictId: booking.bookingId,
    conflictType: 'late_cancellation',
    severity: 'high',
    offerTitle: null,
    schoolName: null,
    sessionStartsAt: null,
  },
  {
    kind: 'invitation.sent',
    regionName: 'Groningen',
    organisationName: null,
    role: 'bureau_staff',
    acceptUrl: 'https://app.example.nl/uitnodiging/abc',
    expiresAt: '2026-03-20T10:00:00Z',
  },
  {
    kind: 'booking.reminder',
    booking,
    requirements: 'Veiligheidsschoenen',
    contact: { name: 'Jan', email: 'jan@bouw.nl', phone: null },
  },
  { kind: 'booking.feedback', booking },
  ...requestMessageFacts,
  ...placementMessageFacts,
  ...attendanceMessageFacts,
  ...complianceMessageFacts,
  {
    kind: 'follow_up.due',
    followUp: {
      followUpId: '66666666-6666-4666-8666-666666666666',
      companyName: 'Bouw & Co "BV"',
      description: 'Bel over <stageplaatsen>',
      dueOn: '2026-03-09',
    },
  },
  ...(['registration.received', 'registration.submitted', 'registration.rejected'] as const).map(
    (kind) => ({
      kind,
      regionName: 'Assen',
      companyName: 'Bouwbedrijf Jansen',
      kvkNumber: '12345678',
      contactName: 'Els Jansen',
      reason: kind === 'registration.rejected' ? 'Geen technisch bedrijf' : null,
    }),
  ),
];

describe('renderNotification', () => {
  it('when every kind is rendered, then each has a template for both languages', () => {
    expect(everyKind.map((facts) => facts.kind).sort()).toEqual([...notificationKinds].sort());
    for (const facts of everyKind)
      for (const language of ['nl', 'en'] as const) {
        const message = renderNotification(facts, { language, audience: 'school' }, urls);
        expect(message.subject.length).toBeGreaterThan(3);
        expect(message.text).toContain(message.link);
        expect(message.html).toContain('<!doctype html>');
      }
  });

  it('when a booking is confirmed, then the Dutch text names class, link and .ics', () => {
    const message = renderNotification(
      { kind: 'booking.confirmed', booking },
      { language: 'nl', audience: 'school' },
      urls,
    );
    expect(message.subject).toBe(`Boeking bevestigd: ${booking.offerTitle}`);
    expect(message.text).toContain('klas 3B is bevestigd');
    expect(message.text).toContain('maandag 9 maart 2026');
    expect(message.text).toContain('08:30');
    expect(message.link).toBe(`https://app.example.nl/school/boekingen/${booking.bookingId}`);
    expect(message.text).toContain(
      `https://api.example.nl/api/v1/bookings/${booking.bookingId}.ics`,
    );
  });

  it('when the recipient speaks English, then the message is in English', () => {
    const message = renderNotification(
      { kind: 'booking.confirmed', booking },
      { language: 'en', audience: 'school' },
      urls,
    );
    expect(message.subject).toBe(`Booking confirmed: ${booking.offerTitle}`);
    expect(message.text).toContain('Monday, 9 March 2026');
  });

  it('when a conflict is raised, then the bureau reads its type in words, not its code', () => {
    const facts = everyKind.find((f) => f.kind === 'conflict.raised')!;
    const dutch = renderNotification(facts, { language: 'nl', audience: 'bureau' }, urls);
    const english = renderNotification(facts, { language: 'en', audience: 'bureau' }, urls);
    expect(dutch.subject).toBe('Nieuw conflict: late annulering');
    expect(english.text).toContain('late cancellation');
    expect(dutch.text).not.toContain('late_cancellation');
  });

  it('when stored text holds markup, then the HTML escapes it and the text keeps it', () => {
    const message = renderNotification(
      { kind: 'booking.confirmed', booking },
      { language: 'nl', audience: 'school' },
      urls,
    );
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('Lassen &lt;script&gt;alert(1)&lt;/script&gt; &amp; solderen');
    expect(message.html).toContain('Bouw &amp; Co &quot;BV&quot;');
    expect(message.text).toContain('<script>');
  });

  it('when a subject would contain a line break, then it is flattened to one line', () => {
    const message = renderNotification(
      { kind: 'booking.confirmed', booking: { ...booking, offerTitle: 'A\r\nBcc: x@y.nl' } },
      { language: 'nl', audience: 'school' },
      urls,
    );
    expect(message.subject).toBe('Boeking bevestigd: A Bcc: x@y.nl');
  });

  it('when a company member gets a booking message, then the link goes to the session', () => {
    const message = renderNotification(
      { kind: 'booking.cancelled', booking, cancelledBy: 'school', reason: 'Toetsweek' },
      { language: 'nl', audience: 'company' },
      urls,
    );
    expect(message.link).toBe(`https://app.example.nl/bedrijf/sessies/${booking.sessionId}`);
    expect(message.text).toContain('geannuleerd door de school (Noorderpoort)');
    expect(message.text).toContain('Reden: Toetsweek');
  });

  it('when a reminder is rendered, then it says what to bring, where and whom to call', () => {
    const message = renderNotification(
      everyKind.find((facts) => facts.kind === 'booking.reminder')!,
      { language: 'nl', audience: 'school' },
      urls,
    );
    expect(message.text).toContain('Meenemen: Veiligheidsschoenen');
    expect(message.text).toContain('Waar: Werfstraat 1, 9700 AB Groningen');
    expect(message.text).toContain('Contact: Jan, jan@bouw.nl');
  });

  it('when seats are offered from the waitlist, then the school reads until when they are held', () => {
    const message = renderNotification(
      { kind: 'booking.promoted', booking, holdExpiresAt: '2026-03-01T10:00:00Z' },
      { language: 'nl', audience: 'school' },
      urls,
    );
    expect(message.text).toContain('Bevestig vóór zondag 1 maart 2026 om 11:00');
    expect(message.text).not.toContain('.ics');
  });

  it('when a booking awaits approval, then the company reads the school note and a link to approve', () => {
    for (const language of ['nl', 'en'] as const) {
      const message = renderNotification(
        { kind: 'booking.requested', booking, fromWaitlist: false },
        { language, audience: 'company' },
        urls,
      );
      expect(message.link).toBe(`https://app.example.nl/bedrijf/sessies/${booking.sessionId}`);
      expect(message.text).toContain(booking.note);
      expect(message.text).toContain(
        language === 'nl' ? 'Goedkeuren of afwijzen' : 'Approve or decline',
      );
    }
  });

  it('when the school hears its waiting class awaits approval, then it is not told it is confirmed nor shown its own note', () => {
    const message = renderNotification(
      { kind: 'booking.requested', booking, fromWaitlist: true },
      { language: 'nl', audience: 'school' },
      urls,
    );
    expect(message.text).toContain('moet de boeking nog goedkeuren');
    expect(message.text).not.toContain('bevestigd');
    expect(message.text).not.toContain(booking.note);
  });

  it('when the school left no note, then the company message has no empty note line', () => {
    const message = renderNotification(
      { kind: 'booking.requested', booking: { ...booking, note: '  ' }, fromWaitlist: false },
      { language: 'nl', audience: 'company' },
      urls,
    );
    expect(message.text).not.toContain('Opmerking van de school');
  });

  it("when a reminder reaches the company, then it shows the school's note; the school's copy does not", () => {
    const reminder = everyKind.find((facts) => facts.kind === 'booking.reminder')!;
    const company = renderNotification(reminder, { language: 'en', audience: 'company' }, urls);
    expect(company.text).toContain(`Note from the school: ${booking.note}`);
    const school = renderNotification(reminder, { language: 'en', audience: 'school' }, urls);
    expect(school.text).not.toContain(booking.note);
  });

  it('when a session changes with a reason, then the schools read the reason', () => {
    const message = renderNotification(
      {
        kind: 'session.changed',
        activity,
        previous: { startsAt: '2026-03-02T07:30:00Z', endsAt: '2026-03-02T10:30:00Z' },
        reason: 'De hal wordt verbouwd',
        classNames: ['3B'],
        bookingId: booking.bookingId,
      },
      { language: 'nl', audience: 'school' },
      urls,
    );
    expect(message.text).toContain('Reden: De hal wordt verbouwd');
  });
});
