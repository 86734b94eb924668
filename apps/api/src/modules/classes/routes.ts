import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createClassSchema,
  schoolClassListQuerySchema,
  schoolClassListSchema,
  schoolClassParamsSchema,
  schoolClassSchema,
  schoolParamsSchema,
  updateClassSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import { listClasses, toSchoolClass } from './repo';
import { archiveClass, classFor, createClass, editClass, schoolFor } from './service';

const classRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['classes'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;

  app.get(
    '/schools/:schoolId/classes',
    {
      onRequest,
      schema: {
        summary: "List a school's classes",
        tags,
        security,
        description:
          "A school's classes (archived ones only with includeArchived=true). The school's own staff and the bureau.",
        params: schoolParamsSchema,
        querystring: schoolClassListQuerySchema,
        response: { 200: schoolClassListSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const school = await schoolFor(app.db, actor, request.params.schoolId, 'class.read');
      const rows = await listClasses(
        app.db,
        actor.regionId,
        school.id,
        request.query.includeArchived,
      );
      return { items: rows.map(toSchoolClass) };
    },
  );

  app.post(
    '/schools/:schoolId/classes',
    {
      onRequest,
      schema: {
        summary: 'Add a class',
        tags,
        security,
        description:
          'Add a class: name, education level, school year 1–6, size 1–40, optional vmbo profile and location. School coordinator or bureau.',
        params: schoolParamsSchema,
        body: createClassSchema,
        response: { 201: schoolClassSchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const created = await createClass(
        app.db,
        actorOf(request),
        request.params.schoolId,
        request.body,
      );
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/schools/:schoolId/classes/:classId',
    {
      onRequest,
      schema: {
        summary: 'Get a class',
        tags,
        security,
        description: 'One class of the school.',
        params: schoolClassParamsSchema,
        response: { 200: schoolClassSchema, ...authProblems },
      },
    },
    async (request) => {
      const { schoolId, classId } = request.params;
      return toSchoolClass(
        await classFor(app.db, actorOf(request), schoolId, classId, 'class.read'),
      );
    },
  );

  app.patch(
    '/schools/:schoolId/classes/:classId',
    {
      onRequest,
      schema: {
        summary: 'Edit a class',
        tags,
        security,
        description: 'Edit a class. Archived classes cannot be edited.',
        params: schoolClassParamsSchema,
        body: updateClassSchema,
        response: { 200: schoolClassSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request) => {
      const { schoolId, classId } = request.params;
      return editClass(app.db, actorOf(request), schoolId, classId, request.body);
    },
  );

  app.delete(
    '/schools/:schoolId/classes/:classId',
    {
      onRequest,
      schema: {
        summary: 'Archive a class',
        tags,
        security,
        description:
          'Archive a class (sets archivedAt; rows are never deleted, bookings keep their class).',
        params: schoolClassParamsSchema,
        response: { 200: schoolClassSchema, ...authProblems },
      },
    },
    async (request) => {
      const { schoolId, classId } = request.params;
      return archiveClass(app.db, actorOf(request), schoolId, classId, new Date());
    },
  );
};

export default classRoutes;
