import type { FactsOf, NotificationFacts, PlacementFacts } from '../facts';
import { formatDate, formatDateTime } from '../format';
import type { Audience } from '../kinds';
import type { Language } from '../../vocabulary';
import { offerTypeLabel, say, type MessageBody, type TemplateInput } from './message';

/** Messages of individual placements (issue 16): signing the internship agreement. */
type Input<K extends NotificationFacts['kind']> = TemplateInput<FactsOf<K>>;

/** Where placements live in the web app for this side of the product. */
const placementsLink = (audience: Audience) =>
  audience === 'company' ? '/bedrijf/stageplaatsen' : '/school/stages';

function placementRows(placement: PlacementFacts, language: Language): [string, string][] {
  const t = say(language);
  return [
    [
      t('Stage', 'Placement'),
      `${placement.placeTitle} (${offerTypeLabel(placement.placeType, language)})`,
    ],
    [t('Leerbedrijf', 'Host company'), placement.companyName],
    [t('School', 'School'), placement.schoolName],
    [
      t('Periode', 'Period'),
      `${formatDate(placement.startsOn, language)} – ${formatDate(placement.endsOn, language)}`,
    ],
  ];
}

const partyNames: Record<FactsOf<'placement.signing_requested'>['party'], [string, string]> = {
  school: ['de school', 'the school'],
  company: ['het leerbedrijf', 'the host company'],
  pupil: ['de leerling', 'the pupil'],
  guardian: ['ouder of verzorger', 'parent or guardian'],
  teacher: ['de docent', 'the teacher'],
};

export function signingRequested({
  facts,
  language,
}: Input<'placement.signing_requested'>): MessageBody {
  const t = say(language);
  const { placement, pupil } = facts;
  const as = t(...partyNames[facts.party]);
  const until = formatDateTime(facts.expiresAt, language);
  const intro =
    facts.party === 'pupil'
      ? [
          t(
            `Dit is de ondertekenlink voor de leerling ${pupil?.pseudonym ?? ''}${pupil?.className ? ` (klas ${pupil.className})` : ''}. Geef hem aan de leerling: de leerling ondertekent zelf, zonder account.`,
            `This is the signing link for the pupil ${pupil?.pseudonym ?? ''}${pupil?.className ? ` (class ${pupil.className})` : ''}. Hand it to the pupil: the pupil signs themself, without an account.`,
          ),
        ]
      : [
          t(
            `Je wordt gevraagd de stageovereenkomst voor ${placement.placeTitle} bij ${placement.companyName} te ondertekenen als ${as}.`,
            `You are asked to sign the internship agreement for ${placement.placeTitle} at ${placement.companyName} as ${as}.`,
          ),
        ];
  intro.push(
    t(
      `De link werkt één keer en is geldig tot ${until}. Ondertekenen kan op je telefoon, zonder in te loggen.`,
      `The link works once and is valid until ${until}. You can sign on your phone, without logging in.`,
    ),
  );
  return {
    subject: t(
      `Stageovereenkomst ondertekenen: ${placement.placeTitle}`,
      `Sign the internship agreement: ${placement.placeTitle}`,
    ),
    intro,
    details: [...placementRows(placement, language), [t('Ondertekenen als', 'Signing as'), as]],
    link: facts.path,
    linkLabel: t('Lees en onderteken de overeenkomst', 'Read and sign the agreement'),
  };
}

export function placementSigned({
  facts,
  language,
  audience,
}: Input<'placement.signed'>): MessageBody {
  const t = say(language);
  const { placement } = facts;
  return {
    subject: t(
      `Stageovereenkomst ondertekend: ${placement.placeTitle}`,
      `Internship agreement signed: ${placement.placeTitle}`,
    ),
    intro: [
      t(
        `Alle partijen hebben de stageovereenkomst voor ${placement.placeTitle} ondertekend. De stage kan beginnen op ${formatDate(placement.startsOn, 'nl')}.`,
        `Every party signed the internship agreement for ${placement.placeTitle}. The placement can start on ${formatDate(placement.startsOn, 'en')}.`,
      ),
    ],
    details: [
      ...placementRows(placement, language),
      [t('SHA-256 van de tekst', 'SHA-256 of the text'), facts.agreementHash],
    ],
    link: placementsLink(audience),
    linkLabel: t('Bekijk de stages', 'View the placements'),
  };
}
