import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DomainError,
  idParamsSchema,
  inboxItemSchema,
  inboxPageSchema,
  inboxQuerySchema,
  markedReadSchema,
  notificationPreferencesSchema,
  unreadCountSchema,
  updateNotificationPreferencesSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import { listInbox, markAllRead, markRead, unreadCount } from './inbox';
import { loadPreferences, savePreferences } from './preferences';

/**
 * A user's own inbox and e-mail preferences. Every signed-in user has them; the queries are
 * scoped to the caller (region and user), so no policy rule beyond authentication applies.
 */
const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['notifications'];
  const security = [{ bearer: [] }];

  app.get(
    '/inbox',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'List my messages',
        tags,
        security,
        description: 'My in-app messages, newest first, with the unread count.',
        querystring: inboxQuerySchema,
        response: { 200: inboxPageSchema, ...authProblems },
      },
    },
    async (request) => listInbox(app.db, actorOf(request), request.query),
  );

  app.get(
    '/inbox/unread-count',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Count my unread messages',
        tags,
        security,
        description: 'How many of my messages are unread (for the navigation badge).',
        response: { 200: unreadCountSchema, ...authProblems },
      },
    },
    async (request) => ({ unread: await unreadCount(app.db, actorOf(request)) }),
  );

  app.post(
    '/inbox/:id/read',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Mark a message as read',
        tags,
        security,
        description: 'Mark one of my messages as read.',
        params: idParamsSchema,
        response: { 200: inboxItemSchema, ...authProblems },
      },
    },
    async (request) => {
      const item = await markRead(app.db, actorOf(request), request.params.id, new Date());
      if (!item) throw new DomainError('not_found');
      return item;
    },
  );

  app.post(
    '/inbox/read-all',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Mark all messages as read',
        tags,
        security,
        description: 'Mark all my messages as read.',
        response: { 200: markedReadSchema, ...authProblems },
      },
    },
    async (request) => ({ marked: await markAllRead(app.db, actorOf(request), new Date()) }),
  );

  app.get(
    '/notification-preferences',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Get my e-mail preferences',
        tags,
        security,
        description: 'Which events I also get by e-mail (the inbox always gets them).',
        response: { 200: notificationPreferencesSchema, ...authProblems },
      },
    },
    async (request) => loadPreferences(app.db, actorOf(request)),
  );

  app.put(
    '/notification-preferences',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Change my e-mail preferences',
        tags,
        security,
        description: 'Change which events I get by e-mail; kinds left out keep their setting.',
        body: updateNotificationPreferencesSchema,
        response: { 200: notificationPreferencesSchema, ...authProblems },
      },
    },
    async (request) => savePreferences(app.db, actorOf(request), request.body),
  );
};

export default notificationRoutes;
