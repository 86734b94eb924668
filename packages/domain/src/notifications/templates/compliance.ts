import type { ComplianceDocumentMessageFacts, FactsOf, NotificationFacts } from '../facts';
import { formatDate } from '../format';
import type { Language } from '../../vocabulary';
import { say, type MessageBody, type TemplateInput } from './message';

/** Messages about a company's compliance documents (issue 18), to its admins. */
type Input<K extends NotificationFacts['kind']> = TemplateInput<FactsOf<K>>;

/** The company's documents page in the web app. */
const documentsLink = '/bedrijf/documenten';

const nameOf = (document: ComplianceDocumentMessageFacts, language: Language) =>
  document.kindLabel[language] + (document.subjectName ? ` (${document.subjectName})` : '');

function documentRows(
  document: ComplianceDocumentMessageFacts,
  language: Language,
): [string, string][] {
  const t = say(language);
  return [
    [t('Document', 'Document'), nameOf(document, language)],
    [t('Bedrijf', 'Company'), document.companyName],
    [
      t('Geldig', 'Valid'),
      `${formatDate(document.validFrom, language)} – ${formatDate(document.validUntil, language)}`,
    ],
  ];
}

export function documentReviewed({ facts, language }: Input<'compliance.reviewed'>): MessageBody {
  const t = say(language);
  const name = nameOf(facts.document, language);
  const approved = facts.decision === 'approved';
  return {
    subject: approved
      ? t(`Document goedgekeurd: ${name}`, `Document approved: ${name}`)
      : t(`Document afgekeurd: ${name}`, `Document rejected: ${name}`),
    intro: [
      approved
        ? t(
            `Het stagebureau heeft je document ${name} goedgekeurd. Scholen zien dat het in orde is.`,
            `The bureau approved your document ${name}. Schools see that it is in order.`,
          )
        : t(
            `Het stagebureau heeft je document ${name} afgekeurd. Upload een nieuwe versie.`,
            `The bureau rejected your document ${name}. Please upload a new version.`,
          ),
    ],
    details: [
      ...documentRows(facts.document, language),
      ...(facts.reason ? [[t('Reden', 'Reason'), facts.reason] as [string, string]] : []),
    ],
    link: documentsLink,
    linkLabel: t('Bekijk je documenten', 'View your documents'),
  };
}

export function documentExpiring({ facts, language }: Input<'compliance.expiring'>): MessageBody {
  const t = say(language);
  const name = nameOf(facts.document, language);
  const until = formatDate(facts.document.validUntil, language);
  return {
    subject: t(
      `Document verloopt over ${facts.days} dagen: ${name}`,
      `Document expires in ${facts.days} days: ${name}`,
    ),
    intro: [
      t(
        `Je document ${name} is geldig tot en met ${until}. Upload op tijd een nieuwe versie, anders kunnen scholen activiteiten waarvoor het nodig is niet meer bevestigen.`,
        `Your document ${name} is valid until ${until}. Upload a new version in time, or schools can no longer confirm activities that need it.`,
      ),
    ],
    details: documentRows(facts.document, language),
    link: documentsLink,
    linkLabel: t('Upload een nieuwe versie', 'Upload a new version'),
  };
}

export function documentExpired({ facts, language }: Input<'compliance.expired'>): MessageBody {
  const t = say(language);
  const name = nameOf(facts.document, language);
  return {
    subject: t(`Document verlopen: ${name}`, `Document expired: ${name}`),
    intro: [
      t(
        `Je document ${name} is verlopen. Zolang er geen nieuwe, goedgekeurde versie is, kun je activiteiten waarvoor het nodig is niet publiceren of bevestigen; het stagebureau is ingelicht over bevestigde activiteiten.`,
        `Your document ${name} has expired. Until a new version is approved, activities that need it cannot be published or confirmed; the bureau has been told about confirmed activities.`,
      ),
    ],
    details: documentRows(facts.document, language),
    link: documentsLink,
    linkLabel: t('Upload een nieuwe versie', 'Upload a new version'),
  };
}
