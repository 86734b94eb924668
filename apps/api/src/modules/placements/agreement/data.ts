import type { Transaction } from '@stagebureau/db';
import type { AgreementData, RegionSettings, SigningAddresses } from '@stagebureau/domain';
import { activeUser, firstCoordinator, organisationOf, type AgreementSources } from './repo';

/** What is stored on a placement when it goes out for signing: the data and the exact text. */
export interface StoredAgreement {
  data: AgreementData;
  text: string;
}

export function storedAgreementOf(value: unknown): StoredAgreement | null {
  const stored = value as Partial<StoredAgreement> | null;
  return stored && typeof stored.text === 'string' && stored.data
    ? (stored as StoredAgreement)
    : null;
}

/** "Industrieweg 1, 9401 AB Assen": the workplace as the offer has it. */
const addressOf = (offer: {
  street: string | null;
  postcode: string | null;
  city: string | null;
}) =>
  [offer.street, [offer.postcode, offer.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/**
 * The agreement's data from the accepted placement: the region, the school, the company at the
 * place's workplace, the participant (exactly the allowed data set), the place's period, days
 * and hours, the supervisor, and the region's own template when it has one.
 */
export async function agreementDataOf(
  tx: Transaction,
  sources: AgreementSources,
  settings: Pick<RegionSettings, 'agreementTemplate'>,
): Promise<AgreementData> {
  const { placement, place, offer, participant } = sources;
  const school = await organisationOf(tx, placement.regionId, placement.schoolId);
  return {
    regionName: sources.regionName,
    placementId: placement.id,
    kind: participant.kind,
    school: {
      name: school?.name ?? '',
      city: school?.city ?? null,
      signatoryRole: 'stagecoördinator',
    },
    company: {
      name: sources.companyName,
      address: addressOf(offer) || sources.companyName,
      city: offer.city,
    },
    participant: {
      firstName: participant.firstName,
      surname: participant.surname,
      className: participant.kind === 'teacher' ? null : sources.className,
      level: participant.kind === 'teacher' ? null : participant.educationLevel,
      isMinor: participant.isMinor,
    },
    place: {
      title: offer.title,
      offerType: offer.type,
      startsOn: placement.startsOn,
      endsOn: placement.endsOn,
      weekdays: place.weekdays,
      dayStarts: place.dayStarts,
      dayEnds: place.dayEnds,
      whatToBring: place.whatToBring,
    },
    supervisor: {
      name: place.supervisorName,
      email: place.supervisorEmail,
      phone: place.supervisorPhone,
    },
    template: settings.agreementTemplate ?? null,
  };
}

/**
 * Where the links go. The school's: the coordinator who proposed, else the school's contact
 * address, else its longest-standing coordinator (a teacher who placed themself signs as the
 * teacher, not for the school). The company's: the supervisor. The guardian's: the address
 * the school registered. The teacher's: their own account.
 */
export async function signingAddressesOf(
  tx: Transaction,
  sources: AgreementSources,
): Promise<SigningAddresses> {
  const { placement, place, participant } = sources;
  const { regionId, schoolId } = placement;
  const creator = placement.createdBy ? await activeUser(tx, regionId, placement.createdBy) : null;
  const proposer =
    creator?.organisationId === schoolId && creator.role === 'school_coordinator'
      ? creator.email
      : null;
  const school = await organisationOf(tx, regionId, schoolId);
  const teacher = participant.userId ? await activeUser(tx, regionId, participant.userId) : null;
  return {
    school: proposer ?? school?.contactEmail ?? (await firstCoordinator(tx, regionId, schoolId)),
    company: place.supervisorEmail,
    guardian: participant.guardianEmail,
    teacher: teacher?.email ?? null,
  };
}
