import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contactExportSchema,
  contactListSchema,
  contactSchema,
  createContactSchema,
  idParamsSchema,
  updateContactSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import {
  createContact,
  exportContact,
  listOrganisationContacts,
  removeContact,
  updateContact,
} from './contacts';

const adults =
  'Contacts are adult professionals at an organisation (a company’s HR lead, a school’s internship coordinator), never pupils: pupils are never stored as contacts.';

/** Contacts at organisations (issue 17), their privacy export and erasure. */
const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['relations'];
  const security = [{ bearer: [] }];
  const auth = { onRequest: app.authenticate };

  app.get(
    '/organisations/:id/contacts',
    {
      ...auth,
      schema: {
        summary: "List an organisation's contacts",
        tags,
        security,
        description: `The contacts at an organisation of the region, primary first, for the bureau and school coordinators. ${adults}`,
        params: idParamsSchema,
        response: { 200: contactListSchema, ...authProblems },
      },
    },
    async (request) => listOrganisationContacts(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/organisations/:id/contacts',
    {
      ...auth,
      schema: {
        summary: 'Add a contact',
        tags,
        security,
        description: `Adds a contact (name, job title, e-mail, phone). \`isPrimary: true\` makes them the organisation's primary contact and takes the mark from the previous one in the same transaction; 409 conflict if another request made a contact primary at the very same moment. ${adults}`,
        params: idParamsSchema,
        body: createContactSchema,
        response: { 201: contactSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createContact(app.db, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/contacts/:id',
    {
      ...auth,
      schema: {
        summary: 'Change a contact',
        tags,
        security,
        description: `Changes a contact's details or makes them primary (the previous primary contact loses the mark). ${adults}`,
        params: idParamsSchema,
        body: updateContactSchema,
        response: { 200: contactSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request) => updateContact(app.db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/contacts/:id',
    {
      ...auth,
      schema: {
        summary: 'Remove (erase) a contact',
        tags,
        security,
        description:
          'Removes a contact, which erases the person: the contact moments that named them stay, without the person. The audit entry keeps no e-mail address or phone number.',
        params: idParamsSchema,
        response: { 204: z.null(), ...authProblems },
      },
    },
    async (request, reply) => {
      await removeContact(app.db, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/contacts/:id/export',
    {
      ...auth,
      schema: {
        summary: "Export a contact's personal data",
        tags: ['relations', 'privacy'],
        security,
        description:
          'An access request (AVG/GDPR) for one contact, for the bureau: the contact and every contact moment that names them, as JSON.',
        params: idParamsSchema,
        response: { 200: contactExportSchema, ...authProblems },
      },
    },
    async (request) => exportContact(app.db, actorOf(request), request.params.id, new Date()),
  );
};

export default contactRoutes;
