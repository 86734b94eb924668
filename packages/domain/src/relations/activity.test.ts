import { describe, expect, it } from 'vitest';
import { relationshipHealth, type CompanyActivity } from './activity';

const activity = (kind: CompanyActivity['kind'], at: string, hours: number | null = null) => ({
  kind,
  at: new Date(at),
  title: 'Gastles',
  schoolName: 'Atheneum',
  hours,
  rating: null,
});
const none = { open: 0, overdue: 0 };
const now = new Date('2026-12-01T10:00:00Z'); // school year 2026-2027

describe('relationship health', () => {
  it('when a company contributed in each of three years, then the trend counts them per school year', () => {
    const health = relationshipHealth(
      [
        activity('session_held', '2024-10-01T08:00:00Z', 2),
        activity('session_held', '2025-10-01T08:00:00Z', 2),
        activity('placement', '2026-02-01T08:00:00Z'),
        activity('session_held', '2026-09-01T08:00:00Z', 3),
        activity('sign_up', '2026-10-01T08:00:00Z'),
        activity('session_held', '2026-11-01T08:00:00Z', 1.5),
        // A school's no-show and rating are not the company's doing.
        activity('no_show', '2026-11-20T08:00:00Z'),
        activity('feedback', '2026-11-21T08:00:00Z'),
      ],
      now,
      { open: 2, overdue: 1 },
      true,
    );
    expect(health.trend).toEqual([
      { schoolYear: '2024-2025', contributions: 1, hours: 2 },
      { schoolYear: '2025-2026', contributions: 2, hours: 2 },
      { schoolYear: '2026-2027', contributions: 3, hours: 4.5 },
    ]);
    expect(health).toMatchObject({
      direction: 'rising',
      dormant: false,
      lastActivityAt: new Date('2026-11-01T08:00:00Z'),
      openFollowUps: 2,
      overdueFollowUps: 1,
      ambassador: true,
    });
  });

  it('when the last contribution is more than a year ago, then the relationship is dormant and falling', () => {
    const health = relationshipHealth(
      [activity('session_held', '2024-11-30T08:00:00Z', 2)],
      now,
      none,
      false,
    );
    expect(health).toMatchObject({ dormant: true, direction: 'falling' });
  });

  it('when a session lies in the future or nothing happened, then it does not count as activity', () => {
    const future = relationshipHealth(
      [activity('session_held', '2027-01-10T08:00:00Z')],
      now,
      none,
      false,
    );
    expect(future).toMatchObject({ lastActivityAt: null, dormant: true, direction: 'steady' });
  });
});
