import type { z } from 'zod';
import type { Database } from '@stagebureau/db';
import {
  DomainError,
  complianceUploadFieldsSchema,
  isKnownDocumentKind,
  uploadMaxBytes,
  type Actor,
  type ComplianceDocument,
  type ComplianceUploadFields,
  type RegionSettings,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { findOrganisation } from '../organisations/service';
import { loadRegionWithSettings } from '../region/service';
import { acceptUpload, type ObjectStore, type UploadedFile } from '../storage';
import { toComplianceDocument } from './present';
import { insertDocument } from './repo';

/** The company a paper is for, its region's rules and upload limit. */
export interface SubmissionTarget {
  company: { id: string; name: string };
  settings: RegionSettings;
  maxBytes: number;
}

/**
 * Who may upload for this company (its own admins and members, or the bureau on its behalf)
 * and with which size limit: settled before the request's body is read, so nobody else gets
 * as far as sending a file.
 */
export async function submissionTarget(
  db: Database,
  actor: Actor,
  companyId: string,
): Promise<SubmissionTarget> {
  authorise(actor, 'compliance.submit', { regionId: actor.regionId, organisationId: companyId });
  const company = await findOrganisation(db, actor.regionId, companyId, { kind: 'company' });
  if (!company) throw new DomainError('not_found', 'company not found');
  const region = await loadRegionWithSettings(db, actor.regionId);
  if (!region) throw new DomainError('not_found');
  return {
    company: { id: company.id, name: company.name },
    settings: region.settings,
    maxBytes: uploadMaxBytes(region.settings),
  };
}

/** The form fields of an upload, checked like a JSON body: field errors under `body.*`. */
function fieldsOf(
  fields: Record<string, string>,
  settings: RegionSettings,
): ComplianceUploadFields {
  const parsed = complianceUploadFieldsSchema.safeParse(fields);
  if (!parsed.success)
    throw new DomainError('validation_failed', 'the form fields are invalid', {
      errors: parsed.error.issues.flatMap(fieldErrorsOf),
    });
  if (!isKnownDocumentKind(settings, parsed.data.kind))
    throw new DomainError('validation_failed', `unknown document kind: ${parsed.data.kind}`, {
      errors: [{ path: 'body.kind', message: 'not a document kind of this region' }],
    });
  return parsed.data;
}

function fieldErrorsOf(issue: z.core.$ZodIssue) {
  const path = ['body', ...issue.path.map(String)];
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: 'unknown field' }));
  return [{ path: path.join('.'), message: issue.message }];
}

/**
 * A company submits one paper: its fields are checked, then the file (size, content, name)
 * by the storage intake, which writes nothing on a refusal. Only a stored object gets a row,
 * written with its audit in one transaction; should that fail, the object is removed again,
 * so a refusal leaves neither row nor object.
 */
export async function submitDocument(
  db: Database,
  store: ObjectStore,
  actor: Actor,
  target: SubmissionTarget,
  file: UploadedFile,
): Promise<ComplianceDocument> {
  const fields = fieldsOf(file.fields, target.settings);
  const stored = await acceptUpload(store, {
    bytes: file.bytes,
    fileName: file.fileName,
    declaredType: file.declaredType,
    maxBytes: target.maxBytes,
    prefix: 'compliance',
  });
  try {
    const row = await db.transaction(async (tx) => {
      const inserted = await insertDocument(tx, {
        regionId: actor.regionId,
        organisationId: target.company.id,
        kind: fields.kind,
        validFrom: fields.validFrom,
        validUntil: fields.validUntil,
        subjectName: fields.subjectName ?? null,
        objectKey: stored.key,
        fileName: stored.fileName,
        contentType: stored.contentType,
        size: stored.size,
        sha256: stored.sha256,
        uploadedBy: actor.userId,
      });
      await recordAudit(tx, auditActorOf(actor), {
        entity: 'compliance_document',
        entityId: inserted.id,
        action: 'submitted',
        after: {
          organisationId: target.company.id,
          kind: fields.kind,
          validFrom: fields.validFrom,
          validUntil: fields.validUntil,
          subjectName: fields.subjectName ?? null,
          fileName: stored.fileName,
          size: stored.size,
          sha256: stored.sha256,
        },
      });
      return inserted;
    });
    return toComplianceDocument(
      { document: row, companyName: target.company.name },
      target.settings,
    );
  } catch (error) {
    // The caller must see the original error; an object whose removal failed is named by no
    // row, so no link can ever reach it.
    await store.delete(stored.key).catch(() => undefined);
    throw error;
  }
}
