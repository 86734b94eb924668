import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One e-mail the API sent, as the stack's SMTP server captured it (mailCapture.ts). */
export interface CapturedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  eventKey: string;
  receivedAt: string;
}

/** Every captured e-mail, oldest first. */
export async function readMailbox(mailDir: string): Promise<CapturedMail[]> {
  const names = (await readdir(mailDir)).filter((name) => /^\d+\.json$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => JSON.parse(await readFile(join(mailDir, name), 'utf8'))),
  );
}

const addressedTo = (mail: CapturedMail, to: string) =>
  mail.to.some((address) => address.toLowerCase() === to.toLowerCase());

/**
 * Waits until an e-mail to `to` whose plain text matches `text` has arrived (the API's outbox
 * sends within a second or so) and returns the newest such message.
 */
export async function waitForMail(
  mailDir: string,
  to: string,
  text: RegExp,
  timeoutMs = 30_000,
): Promise<CapturedMail> {
  const started = Date.now();
  for (;;) {
    const found = (await readMailbox(mailDir))
      .filter((mail) => addressedTo(mail, to) && text.test(mail.text))
      .at(-1);
    if (found) return found;
    if (Date.now() - started > timeoutMs) {
      const subjects = (await readMailbox(mailDir))
        .filter((mail) => addressedTo(mail, to))
        .map((mail) => `  ${mail.subject}`);
      throw new Error(
        `no e-mail to ${to} matching ${text} within ${timeoutMs / 1000}s; received:\n${subjects.join('\n') || '  nothing'}`,
      );
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** The (first) link in a matching e-mail to `to`, as the recipient would follow it. */
export async function mailedLink(mailDir: string, to: string, text: RegExp): Promise<string> {
  const mail = await waitForMail(mailDir, to, text);
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`the e-mail "${mail.subject}" to ${to} has no link:\n${mail.text}`);
  return link;
}
