import { z } from 'zod';
import { notificationKinds } from '../notifications/kinds';
import { isoDateTime } from './common';

/** One message in a user's in-app inbox. */
export const inboxItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  subject: z.string(),
  text: z.string(),
  link: z.string(),
  createdAt: isoDateTime,
  readAt: isoDateTime.nullable(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxPageSchema = z.object({
  items: z.array(inboxItemSchema),
  nextCursor: z.string().nullable(),
  unread: z.number().int().min(0),
});

export const inboxQuerySchema = z
  .object({
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    unreadOnly: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .default(false),
  })
  .strict();
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

export const unreadCountSchema = z.object({ unread: z.number().int().min(0) });
export const markedReadSchema = z.object({ marked: z.number().int().min(0) });

/** Per event kind: whether the user also wants it by e-mail. The inbox always gets it. */
export const notificationPreferencesSchema = z.object({
  email: z.object(
    Object.fromEntries(notificationKinds.map((kind) => [kind, z.boolean()])) as Record<
      (typeof notificationKinds)[number],
      z.ZodBoolean
    >,
  ),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** `PUT /notification-preferences`: only the kinds to change. */
export const updateNotificationPreferencesSchema = z
  .object({
    email: z
      .object(
        Object.fromEntries(
          notificationKinds.map((kind) => [kind, z.boolean().optional()]),
        ) as Record<(typeof notificationKinds)[number], z.ZodOptional<z.ZodBoolean>>,
      )
      .strict(),
  })
  .strict();
export type UpdateNotificationPreferences = z.infer<typeof updateNotificationPreferencesSchema>;
