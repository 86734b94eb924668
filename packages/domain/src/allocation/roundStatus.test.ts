import { describe, expect, it } from 'vitest';
import { allocationRoundStatus, canChangeRequests, canReviewResult, canRun } from './roundStatus';

const window = {
  opensAt: new Date('2026-02-01T08:00:00Z'),
  closesAt: new Date('2026-02-15T17:00:00Z'),
};

describe('allocation round status', () => {
  it('when the stored status is open, then the window decides draft, open or closed', () => {
    expect(allocationRoundStatus('open', window, new Date('2026-01-31T00:00:00Z'))).toBe('draft');
    expect(allocationRoundStatus('open', window, window.opensAt)).toBe('open');
    expect(allocationRoundStatus('open', window, window.closesAt)).toBe('closed');
    expect(allocationRoundStatus('run', window, window.opensAt)).toBe('run');
    expect(allocationRoundStatus('published', window, window.opensAt)).toBe('published');
  });

  it('when checking what may happen, then each status allows only its step', () => {
    expect(canChangeRequests('open').ok).toBe(true);
    for (const status of ['draft', 'closed', 'run', 'published'] as const)
      expect(canChangeRequests(status)).toMatchObject({
        ok: false,
        code: 'allocation_window_closed',
      });
    expect(canRun('closed').ok && canRun('run').ok).toBe(true);
    for (const status of ['draft', 'open', 'published'] as const)
      expect(canRun(status)).toMatchObject({ ok: false, code: 'allocation_round_not_ready' });
    expect(canReviewResult('run').ok).toBe(true);
    for (const status of ['draft', 'open', 'closed', 'published'] as const)
      expect(canReviewResult(status).ok).toBe(false);
  });
});
