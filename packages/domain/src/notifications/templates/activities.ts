import type { FactsOf, NotificationFacts } from '../facts';
import { formatDateTime, formatSpan } from '../format';
import { activityDetails, say, type MessageBody, type TemplateInput } from './message';

type Input<K extends NotificationFacts['kind']> = TemplateInput<FactsOf<K>>;

const sessionLink = (sessionId: string, bookingId: string | null, audience: string) =>
  audience === 'company' || !bookingId
    ? `/bedrijf/sessies/${sessionId}`
    : `/school/boekingen/${bookingId}`;

export function sessionChanged({
  facts,
  language,
  audience,
}: Input<'session.changed'>): MessageBody {
  const t = say(language);
  const { activity } = facts;
  const details = activityDetails(activity, language);
  if (facts.previous)
    details.push([
      t('Was', 'Was'),
      formatSpan(facts.previous.startsAt, facts.previous.endsAt, language),
    ]);
  if (facts.reason) details.push([t('Reden', 'Reason'), facts.reason]);
  if (facts.classNames.length)
    details.push([t('Jullie klassen', 'Your classes'), facts.classNames.join(', ')]);
  return {
    subject: t(`Gewijzigd: ${activity.offerTitle}`, `Changed: ${activity.offerTitle}`),
    intro: [
      t(
        `${activity.companyName} heeft een sessie gewijzigd waarvoor jullie geboekt hebben. Controleer of het nog past.`,
        `${activity.companyName} changed a session you booked. Please check that it still fits.`,
      ),
    ],
    details,
    link: sessionLink(activity.sessionId, facts.bookingId, audience),
    linkLabel: t('Bekijk de wijziging', 'View the change'),
    icsBookingId: facts.bookingId,
  };
}

export function sessionCancelled({
  facts,
  language,
  audience,
}: Input<'session.cancelled'>): MessageBody {
  const t = say(language);
  const { activity } = facts;
  const details = activityDetails(activity, language);
  details.push([
    t('Reden', 'Reason'),
    facts.reason ?? t('geen reden opgegeven', 'no reason given'),
  ]);
  if (facts.classNames.length)
    details.push([t('Jullie klassen', 'Your classes'), facts.classNames.join(', ')]);
  return {
    subject: t(`Geannuleerd: ${activity.offerTitle}`, `Cancelled: ${activity.offerTitle}`),
    intro: [
      t(
        `${activity.companyName} heeft een sessie geannuleerd waarvoor jullie geboekt hebben. Het stagebureau zoekt mee naar een alternatief.`,
        `${activity.companyName} cancelled a session you booked. The bureau will help find an alternative.`,
      ),
    ],
    details,
    link: sessionLink(activity.sessionId, facts.bookingId, audience),
    linkLabel: t('Bekijk de sessie', 'View the session'),
  };
}

export function proposalReceived({ facts, language }: Input<'proposal.received'>): MessageBody {
  const t = say(language);
  return {
    subject: t(`Nieuw verzoek: ${facts.offerTitle}`, `New request: ${facts.offerTitle}`),
    intro: [
      t(
        `${facts.schoolName} stelt data voor voor ${facts.offerTitle}. Kies er één of wijs het verzoek af.`,
        `${facts.schoolName} proposes dates for ${facts.offerTitle}. Accept one or decline.`,
      ),
    ],
    details: [
      [t('School', 'School'), facts.schoolName],
      [t('Klas', 'Class'), `${facts.className} (${facts.seats} ${t('plaatsen', 'seats')})`],
      ...facts.options.map((option, index): [string, string] => [
        `${t('Optie', 'Option')} ${index + 1}`,
        formatSpan(option.startsAt, option.endsAt, language),
      ]),
    ],
    link: `/bedrijf/aanvragen/${facts.proposalId}`,
    linkLabel: t('Bekijk het verzoek', 'View the request'),
  };
}

export function proposalAccepted({ facts, language }: Input<'proposal.accepted'>): MessageBody {
  const t = say(language);
  const details: [string, string][] = [
    [t('Bedrijf', 'Company'), facts.companyName],
    [t('Klas', 'Class'), facts.className],
  ];
  if (facts.startsAt)
    details.push([t('Wanneer', 'When'), formatDateTime(facts.startsAt, language)]);
  return {
    subject: t(
      `Verzoek geaccepteerd: ${facts.offerTitle}`,
      `Request accepted: ${facts.offerTitle}`,
    ),
    intro: [
      t(
        `${facts.companyName} heeft jullie verzoek voor ${facts.offerTitle} geaccepteerd.`,
        `${facts.companyName} accepted your request for ${facts.offerTitle}.`,
      ),
    ],
    details,
    link: facts.bookingId ? `/school/boekingen/${facts.bookingId}` : '/school/boekingen',
    linkLabel: t('Bekijk de boeking', 'View the booking'),
    icsBookingId: facts.bookingId,
  };
}

export function proposalDeclined({ facts, language }: Input<'proposal.declined'>): MessageBody {
  const t = say(language);
  return {
    subject: t(`Verzoek afgewezen: ${facts.offerTitle}`, `Request declined: ${facts.offerTitle}`),
    intro: [
      t(
        `${facts.companyName} heeft jullie verzoek voor ${facts.offerTitle} afgewezen.`,
        `${facts.companyName} declined your request for ${facts.offerTitle}.`,
      ),
    ],
    details: [
      [t('Klas', 'Class'), facts.className],
      [t('Reden', 'Reason'), facts.reason ?? t('geen reden opgegeven', 'no reason given')],
    ],
    link: '/catalogus',
    linkLabel: t('Zoek een ander moment', 'Find another time'),
  };
}
