import { formatDateTime } from '../../notifications/format';
import {
  participantFullName,
  requiredParties,
  type AgreementData,
  type AgreementParty,
  type AgreementSignature,
} from './agreement';

/** Who signed the agreement, and who has not yet: for the signature page and the start check. */

/** The parties' names on the signature page. */
export const agreementPartyLabelsNl: Record<AgreementParty, string> = {
  school: 'School',
  company: 'Leerbedrijf',
  pupil: 'Leerling',
  guardian: 'Ouder of verzorger',
  teacher: 'Docent',
};

/** The required parties that have not signed yet; empty when the agreement is complete. */
export function unsignedParties(
  data: Pick<AgreementData, 'kind' | 'participant'>,
  signatures: readonly AgreementSignature[],
): AgreementParty[] {
  const signed = new Set(signatures.map((s) => s.party));
  return requiredParties(data).filter((party) => !signed.has(party));
}

/** One line of the signature page: a required party, and its signature when there is one. */
export interface SignatureRow {
  party: AgreementParty;
  /** "Leerling", "Ouder of verzorger", … */
  label: string;
  /** Who the party is: the school's or company's name, the participant's name; null for a guardian. */
  partyName: string | null;
  typedName: string | null;
  /** "dinsdag 9 maart 2027 om 13:00", Amsterdam time; null when not signed yet. */
  signedAtText: string | null;
}

/** The signature page's rows, one per required party; the first signature of a party counts. */
export function signatureRows(
  data: AgreementData,
  signatures: readonly AgreementSignature[],
): SignatureRow[] {
  const names: Record<AgreementParty, string | null> = {
    school: data.school.name,
    company: data.company.name,
    pupil: participantFullName(data.participant),
    guardian: null,
    teacher: participantFullName(data.participant),
  };
  const earliest = [...signatures].sort((a, b) => Date.parse(a.signedAt) - Date.parse(b.signedAt));
  return requiredParties(data).map((party) => {
    const signature = earliest.find((s) => s.party === party);
    return {
      party,
      label: agreementPartyLabelsNl[party],
      partyName: names[party],
      typedName: signature?.typedName ?? null,
      signedAtText: signature ? formatDateTime(signature.signedAt, 'nl') : null,
    };
  });
}
