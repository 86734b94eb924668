import type { FactsOf, NotificationFacts } from '../facts';
import { formatDateTime } from '../format';
import { bookingDetails, bookingLink, say, type MessageBody, type TemplateInput } from './message';

type Input<K extends NotificationFacts['kind']> = TemplateInput<FactsOf<K>>;

const view = (t: ReturnType<typeof say>) => t('Bekijk de boeking', 'View the booking');

export function bookingConfirmed({
  facts,
  language,
  audience,
}: Input<'booking.confirmed'>): MessageBody {
  const t = say(language);
  const { booking } = facts;
  return {
    subject: t(
      `Boeking bevestigd: ${booking.offerTitle}`,
      `Booking confirmed: ${booking.offerTitle}`,
    ),
    intro: [
      t(
        `De boeking voor klas ${booking.className} is bevestigd.`,
        `The booking for class ${booking.className} is confirmed.`,
      ),
    ],
    details: bookingDetails(booking, language, audience),
    link: bookingLink(booking, audience),
    linkLabel: view(t),
    icsBookingId: booking.bookingId,
  };
}

export function bookingWaitlisted({
  facts,
  language,
  audience,
}: Input<'booking.waitlisted'>): MessageBody {
  const t = say(language);
  const { booking } = facts;
  return {
    subject: t(`Op de wachtlijst: ${booking.offerTitle}`, `On the waitlist: ${booking.offerTitle}`),
    intro: [
      t(
        `Klas ${booking.className} staat op de wachtlijst. Komen er plaatsen vrij, dan hoor je het meteen.`,
        `Class ${booking.className} is on the waitlist. You will hear at once when seats free up.`,
      ),
    ],
    details: bookingDetails(booking, language, audience),
    link: bookingLink(booking, audience),
    linkLabel: view(t),
  };
}

export function bookingPromoted({
  facts,
  language,
  audience,
}: Input<'booking.promoted'>): MessageBody {
  const t = say(language);
  const { booking } = facts;
  const hold = facts.holdExpiresAt
    ? t(
        `Bevestig vóór ${formatDateTime(facts.holdExpiresAt, language)}; daarna gaan de plaatsen naar de volgende op de wachtlijst.`,
        `Confirm before ${formatDateTime(facts.holdExpiresAt, language)}; after that the seats go to the next in line.`,
      )
    : t('De boeking is bevestigd.', 'The booking is confirmed.');
  return {
    subject: t(
      `Plaats vrijgekomen: ${booking.offerTitle}`,
      `Seats available: ${booking.offerTitle}`,
    ),
    intro: [
      t(
        `Er zijn plaatsen vrijgekomen voor klas ${booking.className} (van de wachtlijst).`,
        `Seats freed up for class ${booking.className} (from the waitlist).`,
      ),
      hold,
    ],
    details: bookingDetails(booking, language, audience),
    link: bookingLink(booking, audience),
    linkLabel: view(t),
    icsBookingId: facts.holdExpiresAt ? null : booking.bookingId,
  };
}

/**
 * A booking awaits the company's approval: the company is asked to decide (with the school's
 * note); a school whose waiting class came up hears that the company still has to approve.
 */
export function bookingRequested({
  facts,
  language,
  audience,
}: Input<'booking.requested'>): MessageBody {
  const t = say(language);
  const { booking } = facts;
  const details = bookingDetails(booking, language, audience);
  if (audience === 'company')
    return {
      subject: t(
        `Boeking wacht op goedkeuring: ${booking.offerTitle}`,
        `Booking awaits your approval: ${booking.offerTitle}`,
      ),
      intro: [
        t(
          `${booking.schoolName} wil klas ${booking.className} laten deelnemen. De plaatsen worden vastgehouden tot je de boeking goedkeurt of afwijst.`,
          `${booking.schoolName} wants class ${booking.className} to take part. The seats are held until you approve or decline the booking.`,
        ),
      ],
      details,
      link: bookingLink(booking, audience),
      linkLabel: t('Goedkeuren of afwijzen', 'Approve or decline'),
    };
  return {
    subject: t(
      `Wacht op goedkeuring: ${booking.offerTitle}`,
      `Awaiting approval: ${booking.offerTitle}`,
    ),
    intro: [
      facts.fromWaitlist
        ? t(
            `Er zijn plaatsen vrijgekomen voor klas ${booking.className} (van de wachtlijst).`,
            `Seats freed up for class ${booking.className} (from the waitlist).`,
          )
        : t(
            `De aanvraag voor klas ${booking.className} is verstuurd.`,
            `The request for class ${booking.className} was sent.`,
          ),
      t(
        `${booking.companyName} moet de boeking nog goedkeuren; je hoort het zodra het besluit er is.`,
        `${booking.companyName} still has to approve the booking; you will hear as soon as it decides.`,
      ),
    ],
    details,
    link: bookingLink(booking, audience),
    linkLabel: view(t),
  };
}

export function bookingDeclined({
  facts,
  language,
  audience,
}: Input<'booking.declined'>): MessageBody {
  const t = say(language);
  const { booking } = facts;
  return {
    subject: t(
      `Boeking afgewezen: ${booking.offerTitle}`,
      `Booking declined: ${booking.offerTitle}`,
    ),
    intro: [
      t(
        `${booking.companyName} heeft de aanvraag voor klas ${booking.className} afgewezen.`,
        `${booking.companyName} declined the request for class ${booking.className}.`,
      ),
    ],
    details: [
      ...bookingDetails(booking, language, audience),
      [t('Reden', 'Reason'), facts.reason ?? t('geen reden opgegeven', 'no reason given')],
    ],
    link: bookingLink(booking, audience),
    linkLabel: view(t),
  };
}

export function bookingCancelled({
  facts,
  language,
  audience,
}: Input<'booking.cancelled'>): MessageBody {
  const t = say(language);
  const { booking } = facts;
  const by = {
    school: t(`de school (${booking.schoolName})`, `the school (${booking.schoolName})`),
    company: t(`het bedrijf (${booking.companyName})`, `the company (${booking.companyName})`),
    bureau: t('het stagebureau', 'the bureau'),
    system: t('het systeem', 'the system'),
  }[facts.cancelledBy];
  return {
    subject: t(
      `Boeking geannuleerd: ${booking.offerTitle}`,
      `Booking cancelled: ${booking.offerTitle}`,
    ),
    intro: [
      t(
        `De boeking voor klas ${booking.className} is geannuleerd door ${by}.`,
        `The booking for class ${booking.className} was cancelled by ${by}.`,
      ),
    ],
    details: [
      ...bookingDetails(booking, language, audience),
      [t('Reden', 'Reason'), facts.reason ?? t('geen reden opgegeven', 'no reason given')],
    ],
    link: bookingLink(booking, audience),
    linkLabel: view(t),
  };
}

export function bookingReminder({
  facts,
  language,
  audience,
}: Input<'booking.reminder'>): MessageBody {
  const t = say(language);
  const { booking, contact } = facts;
  const contactLine = [contact.name, contact.email, contact.phone].filter(Boolean).join(', ');
  return {
    subject: t(`Herinnering: ${booking.offerTitle}`, `Reminder: ${booking.offerTitle}`),
    intro: [
      t(
        `Over twee werkdagen is het zover: ${booking.offerTitle} met klas ${booking.className}.`,
        `In two working days: ${booking.offerTitle} with class ${booking.className}.`,
      ),
    ],
    details: [
      ...bookingDetails(booking, language, audience),
      [
        t('Meenemen', 'What to bring'),
        facts.requirements || t('niets bijzonders', 'nothing special'),
      ],
      [t('Contact', 'Contact'), contactLine],
    ],
    link: bookingLink(booking, audience),
    linkLabel: view(t),
    icsBookingId: booking.bookingId,
  };
}

export function bookingFeedback({
  facts,
  language,
  audience,
}: Input<'booking.feedback'>): MessageBody {
  const t = say(language);
  const { booking } = facts;
  return {
    subject: t(`Hoe was het? ${booking.offerTitle}`, `How did it go? ${booking.offerTitle}`),
    intro: [
      t(
        `${booking.offerTitle} met klas ${booking.className} is afgelopen. Laat in twee minuten weten hoe het ging.`,
        `${booking.offerTitle} with class ${booking.className} has ended. Tell us in two minutes how it went.`,
      ),
    ],
    details: bookingDetails(booking, language, audience),
    link: `${bookingLink(booking, audience)}/feedback`,
    linkLabel: t('Geef feedback', 'Give feedback'),
  };
}
