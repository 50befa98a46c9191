// "Persönlichen Link erneuern": a case without an account gets a new access salt, which makes every secret
// link sent before worthless (access-link.ts), and the new link goes to the contact address — never shown to
// staff, so nobody in the city can read or answer as the citizen. For a leaked link or a citizen who asks.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "../audit/index.ts";
import { can, type Actor } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import { defineMessages } from "../../platform/i18n/index.ts";
import { enqueueMail } from "../../platform/mail/index.ts";
import { accessPath } from "./access-link.ts";
import type { CaseDeps, CaseRefusal } from "./case-deps.ts";
import { lockCase } from "./case-row.ts";
import { appendTimelineEntry, authorOf } from "./timeline-write.ts";

export const renewAccessLinkInput = z.object({
  caseId: z.string().min(1),
});

export type RenewAccessLinkInput = z.input<typeof renewAccessLinkInput>;

/** `no-contact`: the case belongs to an account (no secret link) or has no contact address. */
export type RenewAccessLinkResult = { ok: true } | CaseRefusal | { ok: false; reason: "no-contact" };

const renewMessages = defineMessages({
  de: {
    subject: (ref: string) => `Ihr neuer persönlicher Link zum Vorgang ${ref}`,
    text: (ref: string, link: string) =>
      "Guten Tag,\n\n" +
      `wir haben den persönlichen Link zu Ihrem Vorgang ${ref} erneuert. Frühere Links gelten nicht mehr.\n\n` +
      "Den aktuellen Stand, alle Nachrichten und die Möglichkeit zu antworten finden Sie ab jetzt hier:\n" +
      `${link}\n\n` +
      "Bitte geben Sie diesen Link nicht weiter: Wer ihn kennt, kann Ihren Vorgang sehen.\n\n" +
      "Diese E-Mail wurde automatisch versandt.",
    timeline: "Persönlichen Link erneuert; frühere Links gelten nicht mehr. Der neue Link ging an die Kontaktadresse.",
  },
  en: {
    subject: (ref: string) => `Your new personal link to case ${ref}`,
    text: (ref: string, link: string) =>
      "Hello,\n\n" +
      `we have renewed the personal link to your case ${ref}. Earlier links no longer work.\n\n` +
      "From now on you can see the current status and all messages, and reply, here:\n" +
      `${link}\n\n` +
      "Please do not share this link: anyone who has it can see your case.\n\n" +
      "This e-mail was sent automatically.",
    timeline: "Personal link renewed; earlier links no longer work. The new link went to the contact address.",
  },
});

export async function renewAccessLink(tx: Tx, deps: CaseDeps, actor: Actor, input: RenewAccessLinkInput): Promise<RenewAccessLinkResult> {
  const parsed = renewAccessLinkInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".")))] };
  const row = await lockCase(tx, parsed.data.caseId);
  if (!row || !can(actor, "case.read", { departmentId: row.department_id })) return { ok: false, reason: "not-found" };
  if (!can(actor, "case.act", { departmentId: row.department_id })) return { ok: false, reason: "not-allowed" };
  if (row.account_id || !row.contact_email) return { ok: false, reason: "no-contact" };

  const renewed = await tx
    .updateTable("cases.case")
    .set({ access_salt: randomBytes(16), updated_at: new Date() })
    .where("id", "=", row.id)
    .returning(["id", "reference", "access_salt"])
    .executeTakeFirstOrThrow();
  const link = `${deps.publicUrl.replace(/\/$/, "")}${accessPath(deps.secret, renewed)}`;
  const m = renewMessages.in(row.contact_locale);
  await enqueueMail(tx, deps.jobs, { to: row.contact_email, subject: m.subject(row.reference), text: m.text(row.reference, link) });
  // Staff only: the entry says what happened, in the language staff work in; the link itself is nowhere stored.
  await appendTimelineEntry(tx, row, {
    type: "internal-note",
    visibility: "internal",
    author: authorOf(actor),
    body: renewMessages.in("de").timeline,
    detail: { action: "access-link-renewed" },
  });
  await recordAudit(tx, actor, "case.access-link-renewed", { type: "cases.case", id: row.id }, {});
  return { ok: true };
}
