import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  importParamsSchema,
  importResultSchema,
  uploadMaxBytes,
  type ImportKind,
} from '@stagebureau/domain';
import { actorOf, authorise } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import { uploadParsing } from '../storage';
import { applyImport, previewImport, regionFacts } from './service';
import { readImportFile } from './upload';

/**
 * Imports of official data (issue 21): DUO school locations and pupil counts, Rijksoverheid
 * school holidays. The file comes as multipart/form-data (field `file`, plus `schoolYear` for
 * pupil counts); `shipped-school-holidays` needs no body. Preview first, then apply the same file.
 */
const importRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(uploadParsing);
  const tags = ['imports'];
  const security = [{ bearer: [] }];
  const response = { 200: importResultSchema, ...authProblems, ...problems(413, 415) };
  const upload =
    " Send multipart/form-data: `file` (at most the region's `uploadMaxMb`) and, for `duo-pupil-counts`, `schoolYear` (e.g. 2025-2026; else the year in the file name). `shipped-school-holidays` takes no body. 422 import_header_mismatch names missing columns and the expected header; 422 file_content_mismatch or import_file_empty for a file that is not what the kind expects.";

  async function prepare(request: FastifyRequest, kind: ImportKind) {
    const actor = actorOf(request);
    authorise(actor, 'import.run', { regionId: actor.regionId });
    const region = await regionFacts(app.db, actor);
    const file =
      kind === 'shipped-school-holidays'
        ? null
        : await readImportFile(request, uploadMaxBytes(region.settings));
    return { actor, region, file };
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
          'Dry run of an import (bureau admin): per-row errors with line numbers and what would be created, updated or left alone. Writes nothing.' +
          upload,
        params: importParamsSchema,
        response,
      },
    },
    async (request) => {
      const { region, file } = await prepare(request, request.params.kind);
      return previewImport(app.db, region, request.params.kind, file);
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
          'Applies an import (bureau admin) in one transaction; with any row error nothing is written (422 import_rows_invalid). Re-applying the same file changes nothing.' +
          upload,
        params: importParamsSchema,
        response,
      },
    },
    async (request) => {
      const { actor, region, file } = await prepare(request, request.params.kind);
      return applyImport(app.db, actor, region, request.params.kind, file);
    },
  );
};

export default importRoutes;
