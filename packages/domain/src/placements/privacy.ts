import type { Participant } from '../contracts/placement';
import type { EducationLevel } from '../vocabulary';
import type { ParticipantKind, PlacementStatus } from './vocabulary';

/**
 * Who reads a participant (issue 16): its own school sees everything it registered; the host
 * company the name and class of a participant placed with it, from acceptance until erasure;
 * everyone else — the bureau, a company the pupil is only proposed to, another company — the
 * pseudonym and the profile a placement decision needs, never a name.
 */
export type ParticipantReader = 'school' | 'host' | 'outsider';

export interface ParticipantRecord {
  id: string;
  kind: ParticipantKind;
  pseudonym: string;
  firstName: string;
  surname: string;
  classId: string | null;
  className: string | null;
  educationLevel: EducationLevel | null;
  vmboProfile: string | null;
  schoolYear: number | null;
  isMinor: boolean;
  guardianEmail: string | null;
  erasedAt: Date | null;
}

/** Statuses in which a host company has the pupil placed with it and may know the name. */
export const hostSeesNameIn: readonly PlacementStatus[] = ['accepted', 'signed', 'completed'];

export function readerOf(
  reader: { organisationId: string | null; isBureau: boolean },
  participant: { schoolId: string },
  placementsWithReader: readonly { companyId: string; status: PlacementStatus }[],
): ParticipantReader {
  if (reader.isBureau) return 'outsider';
  if (reader.organisationId === participant.schoolId) return 'school';
  const hosted = placementsWithReader.some(
    (placement) =>
      placement.companyId === reader.organisationId && hostSeesNameIn.includes(placement.status),
  );
  return hosted ? 'host' : 'outsider';
}

export function participantView(record: ParticipantRecord, reader: ParticipantReader): Participant {
  const erased = record.erasedAt !== null;
  const named = !erased && reader !== 'outsider';
  return {
    id: record.id,
    kind: record.kind,
    pseudonym: record.pseudonym,
    firstName: named ? record.firstName : null,
    surname: named ? record.surname : null,
    classId: named ? record.classId : null,
    className: named ? record.className : null,
    educationLevel: record.educationLevel,
    vmboProfile: record.vmboProfile,
    schoolYear: record.schoolYear,
    isMinor: record.isMinor,
    guardianEmail: !erased && reader === 'school' ? record.guardianEmail : null,
    erased,
  };
}

/** What erasure leaves: the row and its counts, no person (the names become the pseudonym). */
export const erasedNames = (pseudonym: string) => ({
  firstName: pseudonym,
  surname: pseudonym,
  guardianEmail: null,
});
