import type { Cookies } from '@sveltejs/kit';
import { describe, expect, test } from 'vitest';
import { aBooking, fakeLocals } from '$lib/server/fakeApi';
import { actions } from './+page.server';

const id = '11111111-1111-4111-8111-111111111111';

/** Accepts offered seats through the page's action; returns the flash the next page shows. */
async function acceptOffer(answer: ReturnType<typeof aBooking>, language: 'nl' | 'en' = 'nl') {
  const { locals } = fakeLocals({ [`POST /bookings/${id}/accept-offer`]: answer }, language);
  const set: string[] = [];
  const cookies = {
    set: (_name: string, value: string) => void set.push(value),
  } as unknown as Cookies;
  const body = new FormData();
  body.set('_id', id);
  const request = new Request('http://web.test/school?/acceptOffer', { method: 'POST', body });
  const accept = actions.acceptOffer!;
  const result = await accept({ request, locals, cookies } as unknown as Parameters<
    typeof accept
  >[0]);
  return { result, flash: set.map((value) => JSON.parse(value) as { message: string })[0] };
}

describe('accepting offered seats', () => {
  test('when the booking is confirmed, then the school reads that it is confirmed', async () => {
    const { flash } = await acceptOffer(aBooking({ id, status: 'confirmed' }));
    expect(flash?.message).toContain('bevestigd');
  });

  test('when the offer needs approval and the booking is requested, then the school reads that the company still has to approve, not that it is confirmed', async () => {
    for (const language of ['nl', 'en'] as const) {
      const { flash } = await acceptOffer(aBooking({ id, status: 'requested' }), language);
      expect(flash?.message).not.toMatch(/bevestigd|confirmed/);
      expect(flash?.message).toContain(language === 'nl' ? 'goedkeur' : 'approve');
    }
  });
});
