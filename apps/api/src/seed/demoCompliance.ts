import { eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { organisations, users, type Database, type Transaction } from '@stagebureau/db';
import {
  addDays,
  localDateOf,
  type Actor,
  type BuiltInDocumentKind,
  type RegionSettings,
  type Role,
} from '@stagebureau/domain';
import { reviewComplianceDocument } from '../modules/compliance/review';
import { submissionTarget, submitDocument } from '../modules/compliance/submit';
import type { ObjectStore } from '../modules/storage';

/**
 * The demo region's requirements (issue 18): pupils at a workplace need the company's
 * insurance, a VOG and a risk assessment; a visit needs insurance and safety instructions; a
 * guest lesson at school needs nothing.
 */
export const demoComplianceRequirements: RegionSettings['complianceRequirements'] = {
  internship: ['liability_insurance', 'vog', 'risk_assessment'],
  job_shadow: ['liability_insurance', 'vog', 'risk_assessment'],
  teacher_internship: ['liability_insurance', 'vog', 'risk_assessment'],
  company_visit: ['liability_insurance', 'safety_instructions'],
};

const workplacePapers: BuiltInDocumentKind[] = ['liability_insurance', 'vog', 'risk_assessment'];

/** Who keeps which papers: every company whose demo offers or places need them. */
const demoPapers: {
  company: string;
  uploader: string;
  kinds: BuiltInDocumentKind[];
  vog: string;
}[] = [
  {
    company: 'Metaalwerken Assen',
    uploader: 'opleidingen@metaalwerken.demo.nl',
    kinds: workplacePapers,
    vog: 'Henk Bos',
  },
  {
    company: 'Energiepark Drenthe',
    uploader: 'contact@energiepark.demo.nl',
    kinds: workplacePapers,
    vog: 'Ilse Kramer',
  },
  {
    company: 'Bouwbedrijf Van der Veen',
    uploader: 'hr@vanderveen.demo.nl',
    kinds: [...workplacePapers, 'safety_instructions'],
    vog: 'Marieke van der Veen',
  },
  {
    company: 'NoordData ICT',
    uploader: 'hr@noorddata.demo.nl',
    kinds: workplacePapers,
    vog: 'Noor Dijkstra',
  },
];

/** A real one-page PDF saying what it stands for (the demo has no real papers). */
async function aDemoPdf(lines: string[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([420, 297]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, index) => {
    page.drawText(line, { x: 30, y: 250 - index * 24, size: 14, font });
  });
  return Buffer.from(await doc.save());
}

/**
 * The companies' compliance papers, submitted and approved through the product's own services
 * (files through the storage intake into the configured store), so every offer and place of
 * the demo meets the region's requirements — seeded before any of them is published. Also a
 * second VOG that runs out within 30 days (the sweep reminds its company) and a paper waiting
 * in the bureau's review queue.
 */
export async function seedDemoCompliance(
  tx: Transaction,
  regionId: string,
  store: ObjectStore,
  now: Date,
) {
  // The services open their own transactions: inside the seed's one they become savepoints.
  const db = tx as unknown as Database;
  const people = await tx.select().from(users).where(eq(users.regionId, regionId));
  const companies = await tx
    .select()
    .from(organisations)
    .where(eq(organisations.regionId, regionId));
  const actor = (email: string): Actor => {
    const user = people.find((row) => row.email === email)!;
    return {
      userId: user.id,
      role: user.role as Role,
      regionId,
      organisationId: user.organisationId,
    };
  };
  const bureau = actor('bureau@demo.stagebureau.nl');
  const today = localDateOf(now);
  // Valid well before the demo's oldest placement was proposed, and for a year to come.
  const validity = { validFrom: addDays(today, -200), validUntil: addDays(today, 365) };

  const submit = async (
    who: Actor,
    company: string,
    fields: { kind: string; validFrom: string; validUntil: string; subjectName?: string },
  ) => {
    const companyId = companies.find((row) => row.name === company)!.id;
    const target = await submissionTarget(db, who, companyId);
    const bytes = await aDemoPdf([
      'Demodocument - geen echt document',
      company,
      `${fields.kind}${fields.subjectName ? ` (${fields.subjectName})` : ''}`,
      `Geldig ${fields.validFrom} t/m ${fields.validUntil}`,
    ]);
    const fileName = `${fields.kind}-${company.toLowerCase().replace(/[^a-z]+/g, '-')}.pdf`;
    return submitDocument(db, store, who, target, {
      bytes,
      fileName,
      declaredType: 'application/pdf',
      fields: { ...fields },
    });
  };
  const approve = (id: string) =>
    reviewComplianceDocument(db, bureau, id, { decision: 'approve' }, now);

  for (const papers of demoPapers) {
    const uploader = actor(papers.uploader);
    for (const kind of papers.kinds) {
      const subject = kind === 'vog' ? { subjectName: papers.vog } : {};
      const document = await submit(uploader, papers.company, { kind, ...validity, ...subject });
      await approve(document.id);
    }
  }
  // A second supervisor's VOG that runs out in three weeks: the company gets its reminder.
  const expiring = await submit(actor('opleidingen@metaalwerken.demo.nl'), 'Metaalwerken Assen', {
    kind: 'vog',
    subjectName: 'Karin de Wit',
    validFrom: addDays(today, -340),
    validUntil: addDays(today, 20),
  });
  await approve(expiring.id);
  // Waiting for the bureau: the bureau uploaded it for a company without an account yet.
  await submit(bureau, 'TT Circuit Techniek', {
    kind: 'liability_insurance',
    ...validity,
  });
}
