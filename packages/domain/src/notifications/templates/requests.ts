import type { FactsOf, NotificationFacts, RequestFacts, RequestPartFacts } from '../facts';
import { formatDate, formatSpan } from '../format';
import type { Audience } from '../kinds';
import type { Language } from '../../vocabulary';
import { offerTypeLabel, say, type MessageBody, type TemplateInput } from './message';

/** Messages of the demand side (issue 15): sign-ups on requests and reminders to companies. */
type Input<K extends NotificationFacts['kind']> = TemplateInput<FactsOf<K>>;

/** Where a request lives in the web app for this side of the product. */
const requestLink = (request: RequestFacts, audience: Audience) =>
  audience === 'company'
    ? `/bedrijf/vragen/${request.requestId}`
    : audience === 'bureau'
      ? '/bureau/menukaart'
      : `/school/vragen/${request.requestId}`;

const requestLine = (request: RequestFacts, language: Language): [string, string] => [
  say(language)('Vraag', 'Request'),
  `${request.requestTitle} (${offerTypeLabel(request.requestType, language)})`,
];

/** "3B (Noorderpoort), keer 2: maandag 8 februari 2027 om 13:00 – 15:00". */
function partLine(part: RequestPartFacts, language: Language, withSchool: boolean): string {
  const t = say(language);
  const who = withSchool ? `${part.className} (${part.schoolName})` : part.className;
  const occasion = `${t('keer', 'occasion')} ${part.occasion}`;
  const when =
    part.startsAt && part.endsAt ? `: ${formatSpan(part.startsAt, part.endsAt, language)}` : '';
  return `${who}, ${occasion}${when}`;
}

/** One details row per part; a school reads its own classes, others also the school's name. */
const partRows = (
  parts: readonly RequestPartFacts[],
  language: Language,
  audience: Audience,
): [string, string][] =>
  parts.map((part, index) => [
    `${say(language)('Deel', 'Part')} ${index + 1}`,
    partLine(part, language, audience !== 'school'),
  ]);

export function signUpReceived({
  facts,
  language,
  audience,
}: Input<'sign_up.received'>): MessageBody {
  const t = say(language);
  const { request } = facts;
  const details: [string, string][] = [
    requestLine(request, language),
    [t('Bedrijf', 'Company'), facts.companyName],
    [
      t('Contactpersoon', 'Contact'),
      [facts.contact.name, facts.contact.email, facts.contact.phone].filter(Boolean).join(', '),
    ],
    ...partRows(facts.parts, language, audience),
  ];
  if (facts.note.trim()) details.push([t('Opmerking', 'Note'), facts.note.trim()]);
  return {
    subject: t(
      `Intekening op jullie vraag: ${request.requestTitle}`,
      `Sign-up on your request: ${request.requestTitle}`,
    ),
    intro: [
      t(
        `${facts.companyName} heeft ingetekend op ${request.requestTitle} en stelt ${facts.parts.length === 1 ? 'een moment' : `${facts.parts.length} momenten`} voor. Accepteer of wijs elk voorstel af.`,
        `${facts.companyName} signed up for ${request.requestTitle} and proposes ${facts.parts.length === 1 ? 'a moment' : `${facts.parts.length} moments`}. Accept or decline each proposal.`,
      ),
    ],
    details,
    link: requestLink(request, audience),
    linkLabel: t('Bekijk de voorstellen', 'View the proposals'),
  };
}

export function signUpAccepted({
  facts,
  language,
  audience,
}: Input<'sign_up.accepted'>): MessageBody {
  const t = say(language);
  const { request } = facts;
  return {
    subject: t(
      `Voorstel geaccepteerd: ${request.requestTitle}`,
      `Proposal accepted: ${request.requestTitle}`,
    ),
    intro: [
      t(
        `${facts.schoolName} heeft jullie voorgestelde moment voor ${request.requestTitle} geaccepteerd. Het staat nu vast.`,
        `${facts.schoolName} accepted the moment you proposed for ${request.requestTitle}. It is now confirmed.`,
      ),
    ],
    details: [
      requestLine(request, language),
      [t('School', 'School'), facts.schoolName],
      [t('Klas', 'Class'), partLine(facts.part, language, false)],
    ],
    link: requestLink(request, audience),
    linkLabel: t('Bekijk de vraag', 'View the request'),
  };
}

export function signUpDeclined({
  facts,
  language,
  audience,
}: Input<'sign_up.declined'>): MessageBody {
  const t = say(language);
  const { request } = facts;
  return {
    subject: t(
      `Voorstel afgewezen: ${request.requestTitle}`,
      `Proposal declined: ${request.requestTitle}`,
    ),
    intro: [
      t(
        `${facts.schoolName} heeft jullie voorgestelde moment voor ${request.requestTitle} afgewezen. Het deel is weer open: stel gerust een ander moment voor.`,
        `${facts.schoolName} declined the moment you proposed for ${request.requestTitle}. The part is open again: feel free to propose another moment.`,
      ),
    ],
    details: [
      requestLine(request, language),
      [t('School', 'School'), facts.schoolName],
      [t('Klas', 'Class'), partLine(facts.part, language, false)],
      [t('Reden', 'Reason'), facts.reason ?? t('geen reden opgegeven', 'no reason given')],
    ],
    link: requestLink(request, audience),
    linkLabel: t('Stel een ander moment voor', 'Propose another moment'),
  };
}

export function signUpWithdrawn({
  facts,
  language,
  audience,
}: Input<'sign_up.withdrawn'>): MessageBody {
  const t = say(language);
  const { request } = facts;
  return {
    subject: t(
      `Intekening ingetrokken: ${request.requestTitle}`,
      `Sign-up withdrawn: ${request.requestTitle}`,
    ),
    intro: [
      t(
        `${facts.companyName} heeft de intekening op ${request.requestTitle} ingetrokken. Deze delen zijn weer open voor andere bedrijven.`,
        `${facts.companyName} withdrew its sign-up for ${request.requestTitle}. These parts are open again for other companies.`,
      ),
    ],
    details: [
      requestLine(request, language),
      [t('Bedrijf', 'Company'), facts.companyName],
      ...partRows(facts.parts, language, audience),
      [t('Reden', 'Reason'), facts.reason ?? t('geen reden opgegeven', 'no reason given')],
    ],
    link: requestLink(request, audience),
    linkLabel: t('Bekijk de vraag', 'View the request'),
  };
}

export function requestReminder({
  facts,
  language,
  audience,
}: Input<'request.reminder'>): MessageBody {
  const t = say(language);
  const { request } = facts;
  const deadline = formatDate(facts.signUpDeadline, language);
  return {
    subject: t(
      `Nog open tot ${deadline}: ${request.requestTitle}`,
      `Open until ${deadline}: ${request.requestTitle}`,
    ),
    intro: [
      t(
        `Voor ${request.requestTitle} zijn nog ${facts.parts.length === 1 ? 'een deel' : `${facts.parts.length} delen`} open. Intekenen kan tot en met ${deadline}.`,
        `${request.requestTitle} still has ${facts.parts.length === 1 ? 'one part' : `${facts.parts.length} parts`} open. You can sign up until ${deadline} inclusive.`,
      ),
    ],
    details: [
      requestLine(request, language),
      [
        t('Periode', 'Period'),
        `${formatDate(facts.periodFrom, language)} – ${formatDate(facts.periodUntil, language)}`,
      ],
      [
        t('Uren per keer', 'Hours per occasion'),
        facts.hoursPerOccasion.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB'),
      ],
      [t('Intekenen tot en met', 'Sign up until'), deadline],
      ...partRows(facts.parts, language, audience),
    ],
    link: requestLink(request, audience),
    linkLabel: t('Teken in', 'Sign up'),
  };
}
