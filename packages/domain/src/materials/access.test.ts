import { describe, expect, it } from 'vitest';
import { roles, type Actor, type Role } from '../roles';
import {
  anonymousIn,
  canSeeMaterial,
  canSeeMaterialHistory,
  materialWriteDecision,
  type MaterialAccessSubject,
  type MaterialReader,
} from './access';
import { materialTargetKinds, materialVisibilities, type MaterialVisibility } from './vocabulary';

const regionId = 'region-a';
const company = 'company-owner';
const school = 'school-owner';

const actor = (role: Role, organisationId: string | null): Actor => ({
  userId: `user-${role}-${organisationId}`,
  role,
  regionId,
  organisationId,
});

/** The readers of the matrix, with whether their organisation takes part in the target. */
const readers: Record<string, { reader: MaterialReader; takesPart: boolean }> = {
  anonymous: { reader: anonymousIn(regionId), takesPart: false },
  bureauAdmin: { reader: actor('bureau_admin', null), takesPart: false },
  bureauStaff: { reader: actor('bureau_staff', null), takesPart: false },
  owningCompanyAdmin: { reader: actor('company_admin', company), takesPart: false },
  owningCompanyMember: { reader: actor('company_member', company), takesPart: false },
  otherCompany: { reader: actor('company_admin', 'company-other'), takesPart: false },
  schoolWithBooking: { reader: actor('school_coordinator', 'school-booked'), takesPart: true },
  schoolWithoutBooking: { reader: actor('school_coordinator', 'school-idle'), takesPart: false },
  teacherWithBooking: { reader: actor('teacher', 'school-booked'), takesPart: true },
  teacherWithoutBooking: { reader: actor('teacher', 'school-idle'), takesPart: false },
};
type ReaderName = keyof typeof readers;

/** An offer's material (a place's reads the same): owned by the offer's company. */
const offerMaterial = (visibility: MaterialVisibility): MaterialAccessSubject => ({
  regionId,
  visibility,
  targetKind: 'offer',
  ownerOrganisationId: company,
});

/** Expected: who sees an offer's material, per visibility (everyone else does not). */
const offerMatrix: Record<MaterialVisibility, ReaderName[]> = {
  public: Object.keys(readers) as ReaderName[],
  booked_schools: [
    'bureauAdmin',
    'bureauStaff',
    'owningCompanyAdmin',
    'owningCompanyMember',
    'schoolWithBooking',
    'teacherWithBooking',
  ],
  bureau: ['bureauAdmin', 'bureauStaff', 'owningCompanyAdmin', 'owningCompanyMember'],
};

describe('canSeeMaterial: every visibility × reader on an offer or place', () => {
  for (const targetKind of ['offer', 'place'] as const) {
    for (const visibility of materialVisibilities) {
      for (const [name, { reader, takesPart }] of Object.entries(readers)) {
        const expected = offerMatrix[visibility].includes(name as ReaderName);
        it(`when ${name} reads a ${visibility} material of a ${targetKind}, then ${expected ? 'it sees it' : 'it does not'}`, () => {
          const material = { ...offerMaterial(visibility), targetKind };
          expect(canSeeMaterial(reader, material, { takesPart })).toBe(expected);
        });
      }
    }
  }
});

describe("canSeeMaterial: a school's request and the bureau's library", () => {
  const requestMaterial = (visibility: MaterialVisibility): MaterialAccessSubject => ({
    regionId,
    visibility,
    targetKind: 'request',
    ownerOrganisationId: school,
  });

  it("when the request's own school reads its bureau-only material, then its coordinator and teachers see it, other schools do not", () => {
    const material = requestMaterial('bureau');
    expect(
      canSeeMaterial(actor('school_coordinator', school), material, { takesPart: false }),
    ).toBe(true);
    expect(canSeeMaterial(actor('teacher', school), material, { takesPart: false })).toBe(true);
    expect(
      canSeeMaterial(actor('school_coordinator', 'school-x'), material, { takesPart: true }),
    ).toBe(false);
    expect(canSeeMaterial(actor('company_admin', 'company-x'), material, { takesPart: true })).toBe(
      false,
    );
  });

  it('when a company takes a part of the request, then it sees the material for participants; a company that does not, not', () => {
    const material = requestMaterial('booked_schools');
    expect(
      canSeeMaterial(actor('company_member', 'company-x'), material, { takesPart: true }),
    ).toBe(true);
    expect(
      canSeeMaterial(actor('company_member', 'company-y'), material, { takesPart: false }),
    ).toBe(false);
  });

  const library = (visibility: MaterialVisibility): MaterialAccessSubject => ({
    regionId,
    visibility,
    targetKind: 'library',
    ownerOrganisationId: null,
  });
  const libraryMatrix: Record<MaterialVisibility, ReaderName[]> = {
    public: Object.keys(readers) as ReaderName[],
    // Every school of the region, whether or not it booked anything.
    booked_schools: [
      'bureauAdmin',
      'bureauStaff',
      'schoolWithBooking',
      'schoolWithoutBooking',
      'teacherWithBooking',
      'teacherWithoutBooking',
    ],
    bureau: ['bureauAdmin', 'bureauStaff'],
  };
  for (const visibility of materialVisibilities) {
    it(`when anyone reads a ${visibility} material of the library, then exactly ${libraryMatrix[visibility].join(', ')} see it`, () => {
      const seeing = Object.entries(readers)
        .filter(([, { reader }]) =>
          // takesPart is never true for the library; passing true proves it is not consulted.
          canSeeMaterial(reader, library(visibility), { takesPart: true }),
        )
        .map(([name]) => name);
      expect(seeing).toEqual(libraryMatrix[visibility]);
    });
  }
});

describe('canSeeMaterial: another region', () => {
  it('when any reader of another region reads any material, then it does not exist for them', () => {
    for (const targetKind of materialTargetKinds) {
      for (const visibility of materialVisibilities) {
        const material = { ...offerMaterial(visibility), targetKind, regionId: 'region-b' };
        for (const { reader } of Object.values(readers)) {
          expect(canSeeMaterial(reader, material, { takesPart: true })).toBe(false);
        }
      }
    }
  });
});

describe('materialWriteDecision and history', () => {
  it("when each role changes an offer's material, then the company's admins and members and the bureau may; the rest of the region may not", () => {
    const owner = { regionId, ownerOrganisationId: company };
    const decisions = Object.fromEntries(
      roles.map((role) => [
        role,
        materialWriteDecision(
          actor(role, role.startsWith('company') ? company : 'school-x'),
          owner,
        ),
      ]),
    );
    expect(decisions).toEqual({
      bureau_admin: 'allow',
      bureau_staff: 'allow',
      company_admin: 'allow',
      company_member: 'allow',
      school_coordinator: 'not_found',
      teacher: 'not_found',
    });
    expect(materialWriteDecision(actor('company_admin', 'company-other'), owner)).toBe('not_found');
  });

  it("when a school's coordinator or teacher changes its request's material, then the coordinator may and the teacher is forbidden", () => {
    const owner = { regionId, ownerOrganisationId: school };
    expect(materialWriteDecision(actor('school_coordinator', school), owner)).toBe('allow');
    expect(materialWriteDecision(actor('teacher', school), owner)).toBe('forbidden');
  });

  it('when anyone but the bureau changes what the bureau owns, then it is forbidden', () => {
    const library = { regionId, ownerOrganisationId: null };
    for (const role of roles) {
      const expected = role.startsWith('bureau') ? 'allow' : 'forbidden';
      expect(
        materialWriteDecision(actor(role, role.startsWith('bureau') ? null : 'org'), library),
      ).toBe(expected);
    }
    expect(
      materialWriteDecision(actor('bureau_admin', null), {
        regionId: 'region-b',
        ownerOrganisationId: null,
      }),
    ).toBe('not_found');
  });

  it('when readers ask for older versions, then only the owning organisation (teachers too) and the bureau get them', () => {
    const material = offerMaterial('public');
    const seeing = Object.entries(readers)
      .filter(([, { reader }]) => canSeeMaterialHistory(reader, material))
      .map(([name]) => name);
    expect(seeing).toEqual([
      'bureauAdmin',
      'bureauStaff',
      'owningCompanyAdmin',
      'owningCompanyMember',
    ]);
    expect(
      canSeeMaterialHistory(actor('teacher', school), { regionId, ownerOrganisationId: school }),
    ).toBe(true);
    expect(
      canSeeMaterialHistory(actor('bureau_admin', null), {
        regionId: 'region-b',
        ownerOrganisationId: null,
      }),
    ).toBe(false);
  });
});
