import { eq } from 'drizzle-orm';
import {
  classes,
  classTeachers,
  organisations,
  regions,
  schoolLocations,
  taxonomyTerms,
  users,
  type Database,
} from '@stagebureau/db';
import { defaultRegionSettings, vmboProfiles, type HolidayRegion } from '@stagebureau/domain';
import { hashPassword } from '../modules/auth/secrets';
import { seedShippedHolidays } from '../modules/imports/service';
import type { ObjectStore } from '../modules/storage';
import { demoCompanies, demoPassword, demoRegion, demoSchools, demoSectors } from './demoData';
import { seedDemoActivity } from './demoActivity';
import { seedDemoAgreements } from './demoAgreements';
import { demoComplianceRequirements, seedDemoCompliance } from './demoCompliance';
import { seedDemoDemand } from './demoDemand';
import { seedDemoMaterials } from './demoMaterials';
import { seedDemoPlacements } from './demoPlacements';
import { seedDemoRecognition } from './demoRecognition';
import { seedDemoRegistrations } from './demoRegistrations';
import { seedDemoRelations } from './demoRelations';

/**
 * Seeds "Regio Assen-Beilen" once: bureau, schools with classes, companies with their
 * compliance papers (files in `store`), offers with sessions and bookings. Skips when the
 * region exists, so restarts keep their data.
 */
export async function seedDemo(
  db: Database,
  log: (line: string) => void,
  store: ObjectStore,
): Promise<void> {
  const [existing] = await db
    .select({ id: regions.id })
    .from(regions)
    .where(eq(regions.slug, demoRegion.slug));
  if (existing) return;
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const [region] = await tx
      .insert(regions)
      .values({
        ...demoRegion,
        settings: { ...defaultRegionSettings, complianceRequirements: demoComplianceRequirements },
      })
      .returning();
    const regionId = region!.id;
    await tx.insert(taxonomyTerms).values([
      ...demoSectors.map(([code, label]) => ({ regionId, kind: 'sector' as const, code, label })),
      ...vmboProfiles.map((code) => ({
        regionId,
        kind: 'vmbo_profile' as const,
        code,
        label: code,
      })),
    ]);
    await tx.insert(users).values([
      {
        regionId,
        email: 'bureau@demo.stagebureau.nl',
        name: 'Anouk Bakker',
        role: 'bureau_admin',
        passwordHash,
      },
      {
        regionId,
        email: 'medewerker@demo.stagebureau.nl',
        name: 'Sem de Vries',
        role: 'bureau_staff',
        passwordHash,
      },
    ]);
    for (const school of demoSchools) {
      const [org] = await tx
        .insert(organisations)
        .values({
          regionId,
          kind: 'school',
          status: 'active',
          name: school.name,
          brinCode: school.brin,
          street: school.street,
          postcode: school.postcode,
          city: school.city,
          latitude: school.lat,
          longitude: school.lng,
        })
        .returning();
      const [location] = await tx
        .insert(schoolLocations)
        .values({
          regionId,
          organisationId: org!.id,
          name: school.name,
          street: school.street,
          postcode: school.postcode,
          city: school.city,
          latitude: school.lat,
          longitude: school.lng,
        })
        .returning();
      const schoolClasses = await tx
        .insert(classes)
        .values(
          school.classes.map((klas) => ({
            regionId,
            organisationId: org!.id,
            locationId: location!.id,
            ...klas,
          })),
        )
        .returning();
      const staff = await tx
        .insert(users)
        .values([
          {
            regionId,
            organisationId: org!.id,
            email: school.coordinatorEmail,
            name: school.coordinatorName,
            role: 'school_coordinator',
            passwordHash,
          },
          {
            regionId,
            organisationId: org!.id,
            email: school.teacherEmail,
            name: school.teacherName,
            role: 'teacher',
            passwordHash,
          },
        ])
        .returning();
      const teacher = staff.find((user) => user.email === school.teacherEmail);
      const taught = schoolClasses.filter((klas) => school.teacherClasses?.includes(klas.name));
      if (taught.length > 0) {
        await tx
          .insert(classTeachers)
          .values(taught.map((klas) => ({ classId: klas.id, userId: teacher!.id, regionId })));
      }
    }
    for (const company of demoCompanies) {
      const [org] = await tx
        .insert(organisations)
        .values({
          regionId,
          kind: 'company',
          status: company.status,
          name: company.name,
          kvkNumber: company.kvk,
          sectorTags: company.sectors,
          street: company.street,
          postcode: company.postcode,
          city: company.city,
          latitude: company.lat,
          longitude: company.lng,
          contactEmail: company.email,
        })
        .returning();
      if (company.adminEmail) {
        await tx.insert(users).values({
          regionId,
          organisationId: org!.id,
          email: company.adminEmail,
          name: company.adminName!,
          role: 'company_admin',
          passwordHash,
        });
      }
    }
    await seedDemoRegistrations(tx, regionId);
    // The papers come first: nothing is published or confirmed without the required ones.
    await seedDemoCompliance(tx, regionId, store, new Date());
    await seedDemoActivity(tx, regionId, new Date());
    await seedDemoDemand(tx, regionId, new Date());
    await seedDemoPlacements(tx, regionId, new Date());
    await seedDemoMaterials(tx, regionId, store);
    await seedDemoAgreements(tx, regionId, new Date());
    await seedDemoRelations(tx, regionId, new Date());
    await seedDemoRecognition(tx, regionId, new Date());
    // Last, so the demo's sessions and bookings are made as before; the holidays then show up
    // in calendars and in new bookings' checks (issue 21).
    await seedShippedHolidays(tx, {
      id: regionId,
      holidayRegion: region!.holidayRegion as HolidayRegion,
      settings: region!.settings,
    });
  });
  log(`seeded demo region "${demoRegion.name}" (logins in README, password ${demoPassword})`);
}
