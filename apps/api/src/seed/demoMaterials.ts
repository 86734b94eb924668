import { and, eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { offers, users, type Database, type Transaction } from '@stagebureau/db';
import type { Actor, MaterialUploadFields, Role } from '@stagebureau/domain';
import {
  storeUpload,
  createMaterial,
  addVersion,
  targetToWrite,
  uploadLimitOf,
} from '../modules/materials/write';
import type { TargetRef } from '../modules/materials/targets';
import type { ObjectStore } from '../modules/storage';

/** A real one-page PDF saying what it stands for (the demo has no real booklets). */
async function aDemoPdf(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([420, 297]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, index) => {
    page.drawText(line, { x: 30, y: 250 - index * 24, size: 14, font });
  });
  return Buffer.from(await doc.save());
}

const everyone = { levels: [], schoolYears: [], vmboProfiles: [] };

/**
 * Shared material (issue 18), added through the product's own services with files through
 * the storage intake: on the building-site visit a public information booklet and a safety
 * sheet for the schools that booked it (Nassau and CSG Beilen see it, Van Gogh on the
 * waitlist does not), and in the region's library an assignment for every school in a second,
 * revised version (the bureau still has the first). On the solar park's internship place a
 * public safety film (a link) and an internship booklet for the schools with a pupil placed
 * there (Nassau). Seeded once, with the rest of the demo.
 */
export async function seedDemoMaterials(tx: Transaction, regionId: string, store: ObjectStore) {
  // The services open their own transactions: inside the seed's one they become savepoints.
  const db = tx as unknown as Database;
  const people = await tx.select().from(users).where(eq(users.regionId, regionId));
  const actor = (email: string): Actor => {
    const user = people.find((row) => row.email === email)!;
    return {
      userId: user.id,
      role: user.role as Role,
      regionId,
      organisationId: user.organisationId,
    };
  };
  const [visit] = await tx
    .select({ id: offers.id })
    .from(offers)
    .where(and(eq(offers.regionId, regionId), eq(offers.title, 'Kijkje op de bouwplaats')));
  const [solarPark] = await tx
    .select({ id: offers.id })
    .from(offers)
    .where(
      and(eq(offers.regionId, regionId), eq(offers.title, 'Stage installatietechniek zonnepark')),
    );
  const maxBytes = await uploadLimitOf(db, regionId);

  const file = async (fileName: string, lines: string[]) => ({
    content: 'file' as const,
    stored: await storeUpload(
      store,
      {
        bytes: await aDemoPdf(['Demomateriaal', ...lines]),
        fileName,
        declaredType: 'application/pdf',
        fields: {},
      },
      maxBytes,
    ),
  });
  const add = async (
    who: Actor,
    ref: TargetRef,
    fields: Omit<MaterialUploadFields, 'levels' | 'schoolYears' | 'vmboProfiles'>,
    fileName: string,
  ) => {
    const target = await targetToWrite(db, who, ref);
    return createMaterial(
      db,
      store,
      who,
      target,
      { ...everyone, ...fields },
      await file(fileName, [fields.title]),
    );
  };

  const builder = actor('hr@vanderveen.demo.nl');
  const bureau = actor('bureau@demo.stagebureau.nl');
  await add(
    builder,
    { kind: 'offer', id: visit!.id },
    {
      title: 'Informatieboekje bouwplaats',
      description: 'Wat je ziet op de bouwplaats, wie je ontmoet en hoe de ochtend verloopt.',
      kind: 'booklet',
      visibility: 'public',
      note: '',
    },
    'informatieboekje-bouwplaats.pdf',
  );
  await add(
    builder,
    { kind: 'offer', id: visit!.id },
    {
      title: 'Veiligheidsinstructie bouwplaats',
      description: 'Helm, veiligheidsschoenen en hesje; waar leerlingen wel en niet mogen lopen.',
      kind: 'safety_sheet',
      visibility: 'booked_schools',
      note: '',
    },
    'veiligheidsinstructie-bouwplaats.pdf',
  );
  const assignment = await add(
    bureau,
    { kind: 'library' },
    {
      title: 'Opdracht: veilig werken in de werkplaats',
      description:
        'Praktijkopdracht voor na een bedrijfsbezoek: leerlingen maken een veiligheidscheck.',
      kind: 'assignment',
      visibility: 'booked_schools',
      note: 'Eerste versie',
    },
    'opdracht-veilig-werken.pdf',
  );
  await addVersion(
    db,
    store,
    bureau,
    assignment.id,
    'Herzien: met een checklist voor de BWI-werkplaats',
    await file('opdracht-veilig-werken-2026.pdf', [
      'Opdracht: veilig werken in de werkplaats',
      'Herziene versie',
    ]),
  );

  const energy = actor('contact@energiepark.demo.nl');
  await add(
    energy,
    { kind: 'offer', id: solarPark!.id },
    {
      title: 'Stageboekje zonnepark',
      description: 'Weekplanning, opdrachten per week en wie je begeleider is.',
      kind: 'booklet',
      visibility: 'booked_schools',
      note: '',
    },
    'stageboekje-zonnepark.pdf',
  );
  await createMaterial(
    db,
    store,
    energy,
    await targetToWrite(db, energy, { kind: 'offer', id: solarPark!.id }),
    {
      ...everyone,
      title: 'Veiligheidsfilm zonnepark',
      description: 'Vijf minuten: spanning op de panelen, waar je wel en niet mag komen.',
      kind: 'safety_sheet',
      visibility: 'public',
      note: '',
    },
    { content: 'link', url: 'https://www.example.org/veiligheidsfilm-zonnepark' },
  );
}
