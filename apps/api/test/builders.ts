import { randomBytes } from 'node:crypto';
import { classes, organisations, regions, users, type Database } from '@stagebureau/db';
import {
  defaultRegionSettings,
  type EducationLevel,
  type RegionSettings,
  type Role,
} from '@stagebureau/domain';
import type { App } from '../src/app';
import { hashPassword } from '../src/modules/auth/secrets';

/** Scenario builders: each test makes its own region and organisations with random ids. */
export const testPassword = 'correct-horse-battery-staple';
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(testPassword));
const suffix = () => randomBytes(4).toString('hex');
const digits = (n: number) =>
  Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
const letters = () =>
  String.fromCharCode(65 + Math.floor(Math.random() * 26), 65 + Math.floor(Math.random() * 26));

export async function aRegion(db: Database, settings: Partial<RegionSettings> = {}) {
  const [region] = await db
    .insert(regions)
    .values({
      slug: `regio-${suffix()}`,
      name: `Regio ${suffix()}`,
      holidayRegion: 'noord',
      settings: { ...defaultRegionSettings, ...settings },
    })
    .returning();
  return region!;
}

export async function aSchool(
  db: Database,
  regionId: string,
  values: Partial<typeof organisations.$inferInsert> = {},
) {
  const [school] = await db
    .insert(organisations)
    .values({
      regionId,
      kind: 'school',
      status: 'active',
      name: `School ${suffix()}`,
      brinCode: `${digits(2)}${letters()}`,
      ...values,
    })
    .returning();
  return school!;
}

export async function aCompany(
  db: Database,
  regionId: string,
  values: Partial<typeof organisations.$inferInsert> = {},
) {
  const [company] = await db
    .insert(organisations)
    .values({
      regionId,
      kind: 'company',
      status: 'active',
      name: `Bedrijf ${suffix()}`,
      kvkNumber: digits(8),
      sectorTags: ['techniek'],
      ...values,
    })
    .returning();
  return company!;
}

export async function aClass(
  db: Database,
  regionId: string,
  schoolId: string,
  values: Partial<{
    name: string;
    educationLevel: EducationLevel;
    schoolYear: number;
    size: number;
    vmboProfile: string;
  }> = {},
) {
  const [row] = await db
    .insert(classes)
    .values({
      regionId,
      organisationId: schoolId,
      name: `3A-${suffix()}`,
      educationLevel: 'vmbo-kb',
      schoolYear: 3,
      size: 20,
      ...values,
    })
    .returning();
  return row!;
}

export async function aUser(
  db: Database,
  regionId: string,
  role: Role,
  organisationId: string | null = null,
) {
  const [user] = await db
    .insert(users)
    .values({
      regionId,
      organisationId,
      role,
      email: `${role}-${suffix()}@test.nl`,
      name: `Test ${role}`,
      passwordHash: await testPasswordHash(),
    })
    .returning();
  return user!;
}

/** Logs in through the real endpoint and returns headers for authenticated requests. */
export async function loginAs(app: App, email: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: testPassword },
  });
  if (response.statusCode !== 200)
    throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const tokens = response.json<{ accessToken: string; refreshToken: string }>();
  return { ...tokens, headers: { authorization: `Bearer ${tokens.accessToken}` } };
}

/** A user of the given role in its own organisation (or none for bureau), logged in. */
export async function aLoggedInUser(
  app: App,
  db: Database,
  regionId: string,
  role: Role,
  organisationId: string | null = null,
) {
  const user = await aUser(db, regionId, role, organisationId);
  const session = await loginAs(app, user.email);
  return { user, ...session };
}
