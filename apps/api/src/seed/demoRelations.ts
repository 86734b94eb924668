import { and, eq, inArray } from 'drizzle-orm';
import {
  ambassadors,
  contactMoments,
  contacts,
  followUps,
  organisations,
  relationshipManagers,
  users,
  type Transaction,
} from '@stagebureau/db';
import { addDays, fromLocal, localDateOf, type ContactMomentKind } from '@stagebureau/domain';

/** The demo's contacts at companies: adult professionals (made up), one primary each. */
const demoContacts: {
  company: string;
  name: string;
  jobTitle: string;
  email: string;
  phone: string;
  primary: boolean;
}[] = [
  {
    company: 'Bouwbedrijf Van der Veen',
    name: 'Marieke Hoekstra',
    jobTitle: 'HR-adviseur',
    email: 'm.hoekstra@vanderveen.demo.nl',
    phone: '0592 301 010',
    primary: true,
  },
  {
    company: 'Bouwbedrijf Van der Veen',
    name: 'Gert Zwiers',
    jobTitle: 'Uitvoerder',
    email: 'g.zwiers@vanderveen.demo.nl',
    phone: '06 1234 5001',
    primary: false,
  },
  {
    company: 'Energiepark Drenthe',
    name: 'Jeroen Kuipers',
    jobTitle: 'Praktijkopleider',
    email: 'j.kuipers@energiepark.demo.nl',
    phone: '06 1234 5002',
    primary: true,
  },
  {
    company: 'NoordData ICT',
    name: 'Fatima el Idrissi',
    jobTitle: 'Teamleider development',
    email: 'f.elidrissi@noorddata.demo.nl',
    phone: '050 123 4567',
    primary: true,
  },
];

/** Moments: [company, days ago, kind, contact (or null), notes, on behalf of a school's coordinator]. */
const demoMoments: [string, number, ContactMomentKind, string | null, string, string | null][] = [
  [
    'Bouwbedrijf Van der Veen',
    20,
    'visit',
    'Marieke Hoekstra',
    'Kennismaking op de bouwplaats; interesse in twee stageplaatsen metselen.',
    null,
  ],
  [
    'Bouwbedrijf Van der Veen',
    6,
    'call',
    'Gert Zwiers',
    'Bouwplaatsbezoek voor klas 3 besproken: liefst in het voorjaar.',
    'coordinator@nassau.demo.nl',
  ],
  [
    'Energiepark Drenthe',
    12,
    'meeting',
    'Jeroen Kuipers',
    'Jaargesprek: gastlessen zonne-energie blijven, stage uitbreiden.',
    null,
  ],
  ['NoordData ICT', 3, 'email', null, 'Workshops nog niet ingepland; herinnering gestuurd.', null],
];

/**
 * Relationship management in the demo (issue 17): contacts at three companies, a few contact
 * moments (one by a school), managers, one overdue and one future follow-up for the bureau's
 * staff member, and Energiepark Drenthe as ambassador.
 */
export async function seedDemoRelations(tx: Transaction, regionId: string, now: Date) {
  const today = localDateOf(now);
  const companies = new Map(
    (
      await tx
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(and(eq(organisations.regionId, regionId), eq(organisations.kind, 'company')))
    ).map((row) => [row.name, row.id]),
  );
  const people = new Map(
    (
      await tx
        .select({ id: users.id, email: users.email, organisationId: users.organisationId })
        .from(users)
        .where(
          and(
            eq(users.regionId, regionId),
            inArray(users.email, [
              'bureau@demo.stagebureau.nl',
              'medewerker@demo.stagebureau.nl',
              'coordinator@nassau.demo.nl',
            ]),
          ),
        )
    ).map((row) => [row.email, row]),
  );
  const staff = people.get('medewerker@demo.stagebureau.nl')!;
  const admin = people.get('bureau@demo.stagebureau.nl')!;
  const coordinator = people.get('coordinator@nassau.demo.nl')!;
  const companyId = (name: string) => companies.get(name)!;

  const inserted = await tx
    .insert(contacts)
    .values(
      demoContacts.map((contact) => ({
        regionId,
        organisationId: companyId(contact.company),
        name: contact.name,
        jobTitle: contact.jobTitle,
        email: contact.email,
        phone: contact.phone,
        isPrimary: contact.primary,
      })),
    )
    .returning({ id: contacts.id, name: contacts.name });
  const contactId = new Map(inserted.map((row) => [row.name, row.id]));

  const moments = await tx
    .insert(contactMoments)
    .values(
      demoMoments.map(([company, daysAgo, kind, contact, notes, by]) => {
        const author = by ? people.get(by)! : staff;
        return {
          regionId,
          companyId: companyId(company),
          contactId: contact ? contactId.get(contact)! : null,
          kind,
          occurredAt: fromLocal({ date: addDays(today, -daysAgo), time: '10:00' }),
          notes,
          schoolId: by ? author.organisationId : null,
          authorId: author.id,
        };
      }),
    )
    .returning({ id: contactMoments.id, companyId: contactMoments.companyId });

  await tx.insert(relationshipManagers).values([
    {
      regionId,
      companyId: companyId('Bouwbedrijf Van der Veen'),
      schoolId: null,
      userId: staff.id,
    },
    {
      regionId,
      companyId: companyId('Bouwbedrijf Van der Veen'),
      schoolId: coordinator.organisationId,
      userId: coordinator.id,
    },
    { regionId, companyId: companyId('Energiepark Drenthe'), schoolId: null, userId: admin.id },
  ]);

  const noordData = companyId('NoordData ICT');
  await tx.insert(followUps).values([
    {
      regionId,
      companyId: noordData,
      momentId: moments.find((moment) => moment.companyId === noordData)?.id ?? null,
      description: 'Workshops NoordData inplannen met twee scholen',
      dueOn: addDays(today, -2),
      ownerId: staff.id,
      createdBy: staff.id,
    },
    {
      regionId,
      companyId: companyId('Bouwbedrijf Van der Veen'),
      description: 'Stageplaatsen metselen bevestigen voor volgend schooljaar',
      dueOn: addDays(today, 14),
      ownerId: staff.id,
      createdBy: staff.id,
    },
  ]);

  await tx.insert(ambassadors).values({
    companyId: companyId('Energiepark Drenthe'),
    regionId,
    note: 'Vertelt op de techniekavond over werken in duurzame energie.',
    markedBy: admin.id,
  });
}
