import type { FactsOf, NotificationFacts, RegistrationMessageFacts } from '../facts';
import { say, type MessageBody, type TemplateInput } from './message';

/** Messages about a company's self-registration (issue 21). */
type Input<K extends NotificationFacts['kind']> = TemplateInput<FactsOf<K>>;

const companyRows = (facts: RegistrationMessageFacts, t: ReturnType<typeof say>) =>
  [
    [t('Bedrijf', 'Company'), facts.companyName],
    [t('KvK-nummer', 'KvK number'), facts.kvkNumber],
  ] as [string, string][];

/** To the contact person: the bureau has it, and what happens next. */
export function registrationReceived({
  facts,
  language,
}: Input<'registration.received'>): MessageBody {
  const t = say(language);
  return {
    subject: t(
      `Aanmelding ontvangen: ${facts.companyName}`,
      `Registration received: ${facts.companyName}`,
    ),
    intro: [
      t(
        `Beste ${facts.contactName}, het stagebureau ${facts.regionName} heeft de aanmelding van ${facts.companyName} ontvangen.`,
        `Dear ${facts.contactName}, the ${facts.regionName} bureau has received the registration of ${facts.companyName}.`,
      ),
      t(
        'Na goedkeuring krijg je een e-mail met een link om je wachtwoord in te stellen.',
        'Once approved, you will receive an e-mail with a link to set your password.',
      ),
    ],
    details: companyRows(facts, t),
    link: '/',
    linkLabel: t('Naar het stagebureau', 'Go to the bureau'),
  };
}

/** To the bureau: a registration waits for review. */
export function registrationSubmitted({
  facts,
  language,
}: Input<'registration.submitted'>): MessageBody {
  const t = say(language);
  return {
    subject: t(`Nieuwe aanmelding: ${facts.companyName}`, `New registration: ${facts.companyName}`),
    intro: [
      t(
        'Een bedrijf heeft zich aangemeld en wacht op goedkeuring.',
        'A company registered and waits for approval.',
      ),
    ],
    details: [...companyRows(facts, t), [t('Contactpersoon', 'Contact'), facts.contactName]],
    link: '/bureau/aanmeldingen',
    linkLabel: t('Aanmeldingen bekijken', 'Review registrations'),
  };
}

/** To the contact person: not approved, and why. */
export function registrationRejected({
  facts,
  language,
}: Input<'registration.rejected'>): MessageBody {
  const t = say(language);
  return {
    subject: t(
      `Aanmelding niet goedgekeurd: ${facts.companyName}`,
      `Registration not approved: ${facts.companyName}`,
    ),
    intro: [
      t(
        `Beste ${facts.contactName}, het stagebureau ${facts.regionName} heeft de aanmelding van ${facts.companyName} niet goedgekeurd.`,
        `Dear ${facts.contactName}, the ${facts.regionName} bureau did not approve the registration of ${facts.companyName}.`,
      ),
    ],
    details: [...companyRows(facts, t), [t('Reden', 'Reason'), facts.reason ?? '']],
    link: '/aanmelden',
    linkLabel: t('Opnieuw aanmelden', 'Register again'),
  };
}
