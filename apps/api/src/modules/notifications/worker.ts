import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '@stagebureau/db';
import { retryDelayMs } from '@stagebureau/domain';
import { newLeaseHolder, runUnderLease } from '../jobs/leases';
import { claimDue, markAttemptFailed, markSent, releaseClaims } from './outbox';
import { renderPendingEvents } from './pending';
import { sweepScheduled } from './sweep';
import type { MailTransport } from './transport';

export interface WorkerOptions {
  batchSize: number;
  maxAttempts: number;
  retryBaseMs: number;
  leaseMs: number;
}

export interface RunReport {
  enqueued: number;
  claimed: number;
  sent: number;
  failed: number;
  retrying: number;
}

/**
 * Sends the outbox's e-mails. One run: render stored events into messages, enqueue due
 * reminders and feedback requests, claim due e-mails, send them one by one. Stopping lets the message in flight finish and releases the
 * rest, so a restarted process neither loses nor re-sends a message.
 */
export class NotificationWorker {
  readonly id = `worker-${newLeaseHolder()}`;
  private stopping = false;
  private current: Promise<RunReport> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly reminderLease = {
    job: 'notification reminders',
    holder: this.id,
    maxRunMs: 5 * 60_000,
    intervalMs: 0,
  };

  constructor(
    private readonly db: Database,
    private readonly transport: MailTransport,
    private readonly log: FastifyBaseLogger,
    private readonly options: WorkerOptions,
  ) {}

  /** One pass; concurrent calls share the pass in progress. */
  runOnce(now: Date = new Date()): Promise<RunReport> {
    this.current ??= this.run(now).finally(() => {
      this.current = null;
    });
    return this.current;
  }

  start(intervalMs: number) {
    const tick = () => {
      this.runOnce(new Date())
        .catch((error: unknown) => this.log.error({ err: error }, 'notification run failed'))
        .finally(() => {
          if (!this.stopping) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, intervalMs);
  }

  async stop() {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.current?.catch(() => {});
    this.transport.close();
  }

  private async run(now: Date): Promise<RunReport> {
    const report: RunReport = { enqueued: 0, claimed: 0, sent: 0, failed: 0, retrying: 0 };
    if (this.stopping) return report;
    await renderPendingEvents(this.db);
    // The reminder sweep reads every region's bookings: one instance at a time is enough (the
    // outbox's unique keys would make a second one harmless, not free).
    const swept = await runUnderLease(this.db, this.reminderLease, () =>
      sweepScheduled(this.db, now),
    );
    report.enqueued = swept.ran ? swept.result : 0;
    const claimed = await claimDue(
      this.db,
      this.id,
      now,
      this.options.batchSize,
      this.options.leaseMs,
    );
    report.claimed = claimed.length;
    let next = 0;
    try {
      for (; next < claimed.length && !this.stopping; next += 1) {
        const message = claimed[next]!;
        try {
          await this.transport.send(message);
          await markSent(this.db, message, this.id, new Date(), this.transport.via);
          report.sent += 1;
        } catch (error) {
          const attempts = message.attempts + 1;
          const retryAt =
            attempts < this.options.maxAttempts
              ? new Date(now.getTime() + retryDelayMs(attempts, this.options.retryBaseMs))
              : null;
          const reason = error instanceof Error ? error.message : String(error);
          await markAttemptFailed(this.db, message, this.id, reason, retryAt);
          if (retryAt) report.retrying += 1;
          else report.failed += 1;
          this.log.warn(
            { notification: message.id, attempts, retryAt, err: reason },
            retryAt ? 'e-mail send failed; will retry' : 'e-mail send failed for good',
          );
        }
      }
    } finally {
      await releaseClaims(
        this.db,
        this.id,
        claimed.slice(next).map((message) => message.id),
      );
    }
    return report;
  }
}
