import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
// The API tests' MIME decoding (quoted-printable, encoded subjects, multipart), used as is: the
// browser journeys read the same messages, sent by the same nodemailer transport.
import { parseMail } from '../../api/test/smtpServer';

export interface MailCapture {
  /** Given to the API as SMTP_URL. */
  url: string;
  /** One JSON file per received message (see `CapturedMail` in mailbox.ts). */
  dir: string;
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 for the browser journeys' stack: the API sends its e-mails
 * here as it would to any relay, and every message lands in a temp folder, one file each, for
 * the tests (in another process) to read. Files are numbered in arrival order and appear whole
 * (written aside, then renamed).
 */
export async function startMailCapture(): Promise<MailCapture> {
  const dir = await mkdtemp(join(tmpdir(), 'stagebureau-web-e2e-mail-'));
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const mail = parseMail(Buffer.concat(chunks).toString('utf8'), {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        });
        count += 1;
        const name = `${String(count).padStart(6, '0')}.json`;
        const body = JSON.stringify({ ...mail, receivedAt: new Date().toISOString() }, null, 2);
        writeFile(join(dir, `.${name}.tmp`), body)
          .then(() => rename(join(dir, `.${name}.tmp`), join(dir, name)))
          .then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    dir,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
