import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  addLinkVersionSchema,
  createLinkMaterialSchema,
  idParamsSchema,
  materialSchema,
  materialUploadFieldsSchema,
  versionUploadFieldsSchema,
  type AddLinkVersion,
  type Actor,
  type CreateLinkMaterial,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { readUploadedFile, uploadParsing } from '../storage';
import { authProblems, problems } from '../shared';
import { formFields, requiredBody } from './form';
import type { TargetRef } from './targets';
import {
  addVersion,
  createMaterial,
  materialToVersion,
  storeUpload,
  targetToWrite,
  uploadLimitOf,
  type NewContent,
} from './write';

const content =
  "A link as JSON (`url`: https only), or a file as multipart/form-data: `file` (PDF, image, office document or text, checked by content, at most the region's `uploadMaxMb`) with the same fields as form fields (audience lists comma-separated, e.g. `levels=vmbo-kb,vmbo-gl`). 413 file_too_large, 415 file_type_not_allowed, 422 for a content that does not match its name or an invalid field: a refusal stores nothing.";

/**
 * Adding materials and versions (issue 18). Multipart is parsed only in this scope, so every
 * other route keeps answering it with 415; a JSON body here is a link.
 */
const materialWriteRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(uploadParsing);
  const tags = ['materials'];
  const security = [{ bearer: [] }];
  const auth = { onRequest: app.authenticate };
  const response = { 201: materialSchema, ...authProblems, ...problems(413, 415) };

  /** A file's bytes, once the region's limit is known; nothing is stored before the fields pass. */
  async function uploaded<S extends z.ZodType>(
    request: FastifyRequest,
    actor: Actor,
    fieldsSchema: S,
  ): Promise<{ fields: z.infer<S>; content: NewContent }> {
    const maxBytes = await uploadLimitOf(app.db, actor.regionId);
    const file = await readUploadedFile(request, maxBytes);
    const fields = formFields(fieldsSchema, file.fields);
    const stored = await storeUpload(app.objectStore, file, maxBytes);
    return { fields, content: { content: 'file', stored } };
  }

  const createOn =
    (refOf: (request: FastifyRequest) => TargetRef) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const actor = actorOf(request);
      const target = await targetToWrite(app.db, actor, refOf(request));
      let fields: Omit<CreateLinkMaterial, 'url'>;
      let added: NewContent;
      if (request.isMultipart()) {
        ({ fields, content: added } = await uploaded(request, actor, materialUploadFieldsSchema));
      } else {
        const { url, ...rest } = requiredBody(
          request.body as CreateLinkMaterial | null | undefined,
        );
        fields = rest;
        added = { content: 'link', url };
      }
      const material = await createMaterial(app.db, app.objectStore, actor, target, fields, added);
      return reply.code(201).send(material);
    };

  const targets = [
    {
      path: '/offers/:id/materials',
      kind: 'offer',
      who: "the offer's company (admins and members) or the bureau",
    },
    {
      path: '/places/:id/materials',
      kind: 'place',
      who: "the place's company (admins and members) or the bureau",
    },
    {
      path: '/requests/:id/materials',
      kind: 'request',
      who: "the request's school (its coordinator) or the bureau; a request the bureau asked, the bureau alone",
    },
  ] as const;
  for (const target of targets) {
    app.post(
      target.path,
      {
        ...auth,
        schema: {
          summary: `Attach a material to a ${target.kind}`,
          tags,
          security,
          description: `Attaches a material with its first version to the ${target.kind}, by ${target.who}. ${content}`,
          params: idParamsSchema,
          body: createLinkMaterialSchema.nullish(),
          response,
        },
      },
      createOn((request) => ({
        kind: target.kind,
        id: (request.params as { id: string }).id,
      })),
    );
  }

  app.post(
    '/library/materials',
    {
      ...auth,
      schema: {
        summary: 'Add a material to the library',
        tags,
        security,
        description: `The bureau adds a material with its first version to the region's library. ${content}`,
        body: createLinkMaterialSchema.nullish(),
        response,
      },
    },
    createOn(() => ({ kind: 'library' })),
  );

  app.post(
    '/materials/:id/versions',
    {
      ...auth,
      schema: {
        summary: 'Add a version of a material',
        tags,
        security,
        description: `The owner (or the bureau) adds a version, which readers get from now on; earlier versions stay for the owner. A link as JSON (\`url\`, optional \`note\`), or a file as multipart/form-data (\`file\`, optional \`note\`). 413 file_too_large, 415 file_type_not_allowed, 422 for a content that does not match its name: a refusal stores nothing.`,
        params: idParamsSchema,
        body: addLinkVersionSchema.nullish(),
        response,
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params;
      await materialToVersion(app.db, actor, id);
      let note: string;
      let added: NewContent;
      if (request.isMultipart()) {
        ({
          fields: { note },
          content: added,
        } = await uploaded(request, actor, versionUploadFieldsSchema));
      } else {
        const body: AddLinkVersion = requiredBody(request.body);
        note = body.note;
        added = { content: 'link', url: body.url };
      }
      const material = await addVersion(app.db, app.objectStore, actor, id, note, added);
      return reply.code(201).send(material);
    },
  );
};

export default materialWriteRoutes;
