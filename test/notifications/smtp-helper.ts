import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  raw: string;
  to: string[];
  /** Decoded text (quoted-printable soft breaks and escapes removed). */
  decoded: string;
  messageId: string | null;
}

/** Decodes quoted-printable bodies well enough to read links and ASCII/UTF-8 texts. */
export function decodeQp(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const m = joined.slice(i, i + 3).match(/^=([0-9A-F]{2})$/);
    if (m) {
      bytes.push(parseInt(m[1], 16));
      i += 2;
    } else {
      for (const b of Buffer.from(joined[i], 'utf8')) bytes.push(b);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * A loopback SMTP server that keeps every accepted message. `hold` makes it stall the next
 * DATA (the sender waits for an answer) and call `onHold`, to kill a sender mid-delivery.
 */
export async function startSmtp(): Promise<{
  url: string;
  mails: ReceivedMail[];
  hold: (onHold: () => void) => void;
  close: () => Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  let holder: (() => void) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (holder) {
          const h = holder;
          holder = null;
          h();
          return; // never answer: the message is not accepted
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({
          raw,
          to: session.envelope.rcptTo.map((r) => r.address),
          decoded: decodeQp(raw),
          messageId: raw.match(/^Message-ID:\s*(<[^>]+>)/im)?.[1] ?? null,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    hold: (onHold) => (holder = onHold),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
