import { takeFlash } from '$lib/server/flash';
import { unreadCount } from '$lib/server/inbox';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, cookies, url }) => {
  // Depending on the path re-runs this on every navigation, so a flash toast shows once.
  void url.pathname;
  return {
    language: locals.language,
    me: locals.me,
    flash: takeFlash(cookies),
    unread: await unreadCount(locals),
  };
};
