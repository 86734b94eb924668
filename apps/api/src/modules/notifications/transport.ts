import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { OutboxMessage } from './outbox';

/** Where e-mails go: an SMTP server, or the log when none is configured. */
export interface MailTransport {
  via: 'smtp' | 'log';
  send(message: OutboxMessage): Promise<void>;
  close(): void;
}

const headersOf = (message: OutboxMessage) => ({
  // Stable per outbox row: a receiving system can drop a copy re-sent after a crash.
  messageId: `<${message.id}@stagebureau>`,
  headers: { 'X-Stagebureau-Event': message.eventKey },
});

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    via: 'smtp',
    async send(message) {
      await transporter.sendMail({
        from,
        to: message.recipientEmail!,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...headersOf(message),
      });
    },
    close: () => transporter.close(),
  };
}

/** No SMTP on a fresh machine: the message is kept (inbox) and written to the log. */
export function logTransport(log: FastifyBaseLogger): MailTransport {
  return {
    via: 'log',
    async send(message) {
      log.info(
        {
          notification: message.id,
          event: message.eventKey,
          to: message.recipientEmail,
          subject: message.subject,
          text: message.text,
        },
        'e-mail not sent (no SMTP_URL configured); kept in the inbox and logged',
      );
    },
    close: () => {},
  };
}
