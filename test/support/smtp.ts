// A real SMTP server on loopback for e-mail tests: listens on a free port, parses every message it
// accepts (mailparser), and lets a test wait for the mail it expects or make the server refuse recipients.
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";

export interface ReceivedMail {
  /** The SMTP envelope: who the client said it sends from and to (MAIL FROM / RCPT TO). */
  envelope: { from: string; to: string[] };
  /** Header addresses, plain (`name@example.org`). */
  from: string[];
  to: string[];
  /** The From header as written, e.g. `Stadttor München <noreply@stadttor.example>`. */
  fromHeader: string;
  subject: string;
  text: string;
  /** The HTML alternative, if the mail had one. */
  html: string | undefined;
  parsed: ParsedMail;
}

export interface TestSmtpServerOptions {
  /** Recipients the server answers with 550 at RCPT TO, e.g. `(a) => a.endsWith("@rejected.example")`. */
  rejectRecipient?: (address: string) => boolean;
}

export interface TestSmtpServer {
  /** For SMTP_URL / nodemailer: `smtp://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Every accepted message, in arrival order. */
  readonly messages: readonly ReceivedMail[];
  /** Resolves with the first message (already received or still to come) that matches; rejects after `timeoutMs`. */
  waitForMessage(match?: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Forgets the messages received so far. */
  clear(): void;
  close(): Promise<void>;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return list.flatMap((a) => a.value.map((v) => v.address ?? "").filter(Boolean));
}

function envelopeAddress(address: SMTPServerAddress | false): string {
  return address ? address.address : "";
}

interface Waiter {
  match: (mail: ReceivedMail) => boolean;
  resolve: (mail: ReceivedMail) => void;
}

/** Starts the server on 127.0.0.1 and a free port. Call close() in afterAll. */
export async function startTestSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  let waiters: Waiter[] = [];

  const server = new SMTPServer({
    // Plain SMTP on loopback: no TLS to set up, no login to configure in tests.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.rejectRecipient?.(address.address)) {
        return callback(Object.assign(new Error("5.1.1 Recipient address rejected: user unknown"), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const mail: ReceivedMail = {
            envelope: { from: envelopeAddress(session.envelope.mailFrom), to: session.envelope.rcptTo.map((r) => r.address) },
            from: addresses(parsed.from),
            to: addresses(parsed.to),
            fromHeader: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : undefined,
            parsed,
          };
          messages.push(mail);
          const ready = waiters.filter((w) => w.match(mail));
          waiters = waiters.filter((w) => !ready.includes(w));
          for (const w of ready) w.resolve(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitForMessage(match = () => true, timeoutMs = 5_000) {
      const already = messages.find(match);
      if (already) return Promise.resolve(already);
      return new Promise<ReceivedMail>((resolve, reject) => {
        const waiter: Waiter = {
          match,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          const got = messages.map((m) => `"${m.subject}" → ${m.to.join(", ")}`).join("; ") || "none";
          reject(new Error(`no matching mail within ${timeoutMs} ms (received: ${got})`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    clear() {
      messages.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
