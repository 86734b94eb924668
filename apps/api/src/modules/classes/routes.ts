import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createClassSchema,
  schoolClassListQuerySchema,
  schoolClassListSchema,
  schoolClassParamsSchema,
  schoolClassSchema,
  schoolParamsSchema,
  schoolTeacherListSchema,
  setClassTeachersSchema,
  updateClassSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import {
  archiveClass,
  createClass,
  editClass,
  listSchoolClasses,
  listSchoolStaff,
  readClass,
  setClassTeachers,
} from './service';

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
          "A school's classes with their teachers (archived ones only with includeArchived=true; only the caller's own classes with mine=true). The school's own staff and the bureau.",
        params: schoolParamsSchema,
        querystring: schoolClassListQuerySchema,
        response: { 200: schoolClassListSchema, ...authProblems },
      },
    },
    async (request) => ({
      items: await listSchoolClasses(
        app.db,
        actorOf(request),
        request.params.schoolId,
        request.query,
      ),
    }),
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
      return readClass(app.db, actorOf(request), schoolId, classId);
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

  app.put(
    '/schools/:schoolId/classes/:classId/teachers',
    {
      onRequest,
      schema: {
        summary: "Set a class's teachers",
        tags,
        security,
        description:
          "Replaces who teaches the class (an empty list clears it). Only the school's own active teachers and coordinators (422 naming each other user). It decides what a teacher sees first, not what she may book. School coordinator or bureau.",
        params: schoolClassParamsSchema,
        body: setClassTeachersSchema,
        response: { 200: schoolClassSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request) => {
      const { schoolId, classId } = request.params;
      return setClassTeachers(app.db, actorOf(request), schoolId, classId, request.body);
    },
  );

  app.get(
    '/schools/:schoolId/teachers',
    {
      onRequest,
      schema: {
        summary: "List who may teach the school's classes",
        tags,
        security,
        description:
          "The school's active teachers and coordinators, the people a class's teachers are picked from. School coordinator or bureau.",
        params: schoolParamsSchema,
        response: { 200: schoolTeacherListSchema, ...authProblems },
      },
    },
    async (request) => ({
      items: await listSchoolStaff(app.db, actorOf(request), request.params.schoolId),
    }),
  );
};

export default classRoutes;
