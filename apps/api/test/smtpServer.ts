import { SMTPServer } from 'smtp-server';

/** One e-mail as the SMTP server received it, decoded enough to assert on. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  messageId: string;
  eventKey: string;
  text: string;
  html: string;
}

function decodeQuotedPrintable(body: string): string {
  const soft = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeHeaderWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, word: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(word, 'base64').toString('utf8')
        : decodeQuotedPrintable(word.replace(/_/g, ' ')),
    );
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function splitPart(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const gap = raw.slice(at).match(/^\r?\n\r?\n/)![0].length;
  return { headers: parseHeaders(raw.slice(0, at)), body: raw.slice(at + gap) };
}

function decodeBody(part: { headers: Map<string, string>; body: string }): string {
  const encoding = part.headers.get('content-transfer-encoding')?.toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  if (encoding === 'base64') return Buffer.from(part.body, 'base64').toString('utf8');
  return part.body;
}

export function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const message = splitPart(raw);
  const type = message.headers.get('content-type') ?? '';
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  const parts = boundary
    ? message.body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((chunk) => splitPart(chunk.replace(/^\r?\n/, '')))
    : [message];
  const partOf = (mime: string) =>
    parts.find((part) => (part.headers.get('content-type') ?? '').startsWith(mime));
  const text = partOf('text/plain');
  const html = partOf('text/html');
  return {
    ...envelope,
    subject: decodeHeaderWords(message.headers.get('subject') ?? ''),
    messageId: message.headers.get('message-id') ?? '',
    eventKey: message.headers.get('x-stagebureau-event') ?? '',
    text: text ? decodeBody(text).replace(/\r\n/g, '\n').trimEnd() : '',
    html: html ? decodeBody(html).replace(/\r\n/g, '\n') : '',
  };
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMail[];
  /** Refuse the next `count` messages with a temporary 451 error. */
  rejectNext(count: number): void;
  /** Called before a message is accepted; lets a test hold the server mid-batch. */
  beforeAccept: (() => Promise<void>) | null;
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 and a random port, keeping every accepted message. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  let rejections = 0;
  const state: TestSmtpServer = {
    url: '',
    received: [],
    rejectNext: (count) => {
      rejections = count;
    },
    beforeAccept: null,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        if (rejections > 0) {
          rejections -= 1;
          const error = Object.assign(new Error('Try again later'), { responseCode: 451 });
          return callback(error);
        }
        await state.beforeAccept?.();
        state.received.push(
          parseMail(Buffer.concat(chunks).toString('utf8'), {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          }),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as { port: number };
  state.url = `smtp://127.0.0.1:${port}`;
  return state;
}
