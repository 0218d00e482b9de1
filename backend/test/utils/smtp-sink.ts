import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  from: string;
  parsed: ParsedMail;
}

/**
 * A real SMTP server on loopback (smtp-server), keeping every message it accepts, read back with
 * mailparser. `failNext(n, code)` answers the next n messages with that SMTP code instead.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Every DATA the server was offered, accepted or refused. */
  attempts = 0;
  private failures: { left: number; code: number } = { left: 0, code: 451 };

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<SmtpSink> {
    let sink: SmtpSink | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (parsed) => {
            const s = sink!;
            s.attempts += 1;
            if (s.failures.left > 0) {
              s.failures.left -= 1;
              const error = Object.assign(new Error(s.failures.code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: s.failures.code });
              callback(error);
              return;
            }
            s.received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              parsed,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    sink = new SmtpSink(server, (server.server.address() as AddressInfo).port);
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  failNext(count: number, code = 451): void {
    this.failures = { left: count, code };
  }

  clear(): void {
    this.received.length = 0;
    this.attempts = 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
