import { unreadCountSchema } from '@stagebureau/domain';

/**
 * The navigation's unread badge: one small count query per page load, and never a reason for a
 * page to fail (a hiccup shows no badge).
 */
export async function unreadCount(locals: App.Locals): Promise<number | null> {
  if (!locals.me) return null;
  try {
    return (await locals.api.get('/inbox/unread-count', unreadCountSchema)).unread;
  } catch {
    return null;
  }
}
