import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DomainError,
  importParamsSchema,
  importResultSchema,
  uploadMaxBytes,
  type Actor,
  type ImportKind,
} from '@stagebureau/domain';
import { actorOf, authorise } from '../../plugins/auth';
import { organisationFor } from '../organisations/service';
import { authProblems, problems } from '../shared';
import { uploadParsing } from '../storage';
import { applyImport, previewImport, regionFacts } from './service';
import { readImportFile, type ImportFile } from './upload';

/**
 * The school a classes import is for: the form's `organisationId`, a coordinator's own school
 * when absent. Another school's id answers 404 to a coordinator, as everywhere.
 */
async function classesSchool(
  app: Parameters<FastifyPluginAsyncZod>[0],
  actor: Actor,
  file: ImportFile,
) {
  const chosen = file.fields.organisationId?.trim() || actor.organisationId;
  const id = z.uuid().safeParse(chosen);
  if (!id.success)
    throw new DomainError('validation_failed', 'which school? send organisationId', {
      errors: [{ path: 'body.organisationId', message: 'the id of a school' }],
    });
  const school = await organisationFor(app.db, actor, id.data, 'import.classes', {
    kind: 'school',
  });
  return school.id;
}

/**
 * Imports (issue 21): DUO school locations and pupil counts, Rijksoverheid school holidays,
 * and a region's own classes, companies and schools from CSV or Excel. The file comes as
 * multipart/form-data (field `file`, plus `schoolYear` for pupil counts and `organisationId`
 * for classes); `shipped-school-holidays` needs no body. Preview first, then apply the same file.
 */
const importRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(uploadParsing);
  const tags = ['imports'];
  const security = [{ bearer: [] }];
  const response = { 200: importResultSchema, ...authProblems, ...problems(413, 415) };
  const upload =
    " Send multipart/form-data: `file` (at most the region's `uploadMaxMb`) and, for `duo-pupil-counts`, `schoolYear` (e.g. 2025-2026; else the year in the file name); for `classes`, `organisationId` (the school; a school coordinator's own school when absent). `shipped-school-holidays` takes no body. `classes`, `companies`, `schools` and the DUO kinds read `;`-separated CSV or an Excel workbook (.xlsx, first worksheet), recognised by its content. 422 import_header_mismatch names missing columns and the expected header; 422 file_content_mismatch or import_file_empty for a file that is not what the kind expects. Row errors carry a stable `code` (+ `params`) and an English `message`.";

  async function prepare(request: FastifyRequest, kind: ImportKind) {
    const actor = actorOf(request);
    // A school's classes are the school's own business; everything else is the bureau admin's.
    authorise(actor, kind === 'classes' ? 'import.classes' : 'import.run', {
      regionId: actor.regionId,
    });
    const region = await regionFacts(app.db, actor);
    const file =
      kind === 'shipped-school-holidays'
        ? null
        : await readImportFile(request, uploadMaxBytes(region.settings));
    const schoolId = kind === 'classes' && file ? await classesSchool(app, actor, file) : null;
    return { actor, region, file, schoolId };
  }

  app.post(
    '/imports/:kind/preview',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Preview an import',
        tags,
        security,
        description:
          'Dry run of an import (bureau admin; `classes` also a school coordinator for their own school): per-row errors with line numbers and what would be created, updated or left alone. Writes nothing.' +
          upload,
        params: importParamsSchema,
        response,
      },
    },
    async (request) => {
      const { region, file, schoolId } = await prepare(request, request.params.kind);
      return previewImport(app.db, region, request.params.kind, file, schoolId);
    },
  );

  app.post(
    '/imports/:kind/apply',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Apply an import',
        tags,
        security,
        description:
          'Applies an import (bureau admin; `classes` also a school coordinator for their own school) in one transaction; with any row error nothing is written (422 import_rows_invalid). Re-applying the same file changes nothing.' +
          upload,
        params: importParamsSchema,
        response,
      },
    },
    async (request) => {
      const { actor, region, file, schoolId } = await prepare(request, request.params.kind);
      return applyImport(app.db, actor, region, request.params.kind, file, schoolId);
    },
  );
};

export default importRoutes;
