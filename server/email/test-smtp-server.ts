import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server for tests (unit and end-to-end): it accepts every message on 127.0.0.1 and
// keeps it, parsed (`mailparser`), so a test reads what the app really sent over SMTP. `refuse` makes it
// refuse a recipient the way real servers do (550: no such mailbox; 450: try again later).

export type ReceivedEmail = { to: string[]; subject: string; text: string; header: (name: string) => string };

export async function startTestSmtpServer(
  port = 0,
  { refuse }: { refuse?: (address: string) => 450 | 550 | undefined } = {},
): Promise<{ url: string; received: ReceivedEmail[]; close: () => Promise<void> }> {
  const received: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = refuse?.(address.address);
      if (!code) return callback();
      callback(
        Object.assign(new Error(code === 550 ? "No such mailbox here" : "Mailbox busy, try again later"), {
          responseCode: code,
        }),
      );
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          // Header lines as sent, unfolded (a long header continues on indented lines).
          const lines = new Map(
            mail.headerLines.map(({ key, line }) => [key, line.replace(/\r?\n[ \t]+/g, " ").replace(/^[^:]+:\s*/, "")]),
          );
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            header: (name) => lines.get(name.toLowerCase()) ?? "",
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  if (address === null || typeof address === "string")
    throw new Error("The test SMTP server is not listening on a port");
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
