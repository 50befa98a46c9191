// Tells the citizen what happened to their case, inside the caller's transaction (sent after commit):
// an account gets a Postkorb message (and the mailbox's notification e-mail, if wanted); a contact address
// gets an e-mail with the secret link and no content, because e-mail travels outside the city's control.
import { deliverMessage } from "../mailbox/index.ts";
import type { AuditActor } from "../audit/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import { enqueueMail } from "../../platform/mail/index.ts";
import { accessPath } from "./access-link.ts";
import type { CaseDeps } from "./case-deps.ts";
import type { CaseRow } from "./case-row.ts";
import { caseKind, stateOf } from "./case-kind.ts";
import { notificationMessages } from "./notification-messages.ts";

export type CitizenNotice =
  | { event: "created" }
  | { event: "state-changed"; state: string; comment?: string | null }
  | { event: "public-update"; text: string }
  | { event: "message"; text: string };

function compose(row: CaseRow, notice: CitizenNotice): { subject: string; body: string } {
  const locale = row.contact_locale;
  const m = notificationMessages.in(locale);
  const ref = row.reference;
  const kind = caseKind(row.kind);
  const next = (state: string) => {
    const step = kind ? stateOf(kind, state).nextStep?.[locale] : undefined;
    return step ? `\n\n${m.nextStep} ${step}` : "";
  };
  switch (notice.event) {
    case "created":
      return { subject: m.createdSubject(ref), body: m.createdBody(row.title, ref) + next(row.state) };
    case "state-changed": {
      const def = kind ? stateOf(kind, notice.state) : undefined;
      const label = (def?.citizenLabel ?? def?.label)?.[locale] ?? notice.state;
      const comment = notice.comment ? `\n\n${notice.comment}` : "";
      return { subject: m.stateSubject(ref, label), body: m.stateBody(row.title, ref, label) + comment + next(notice.state) };
    }
    case "public-update":
      return { subject: m.updateSubject(ref), body: `${m.updateBody(row.title, ref)}\n\n${notice.text}` };
    case "message":
      return { subject: m.messageSubject(ref), body: `${m.messageBody(row.title, ref)}\n\n${notice.text}` };
  }
}

/** Returns how the citizen was told: "postkorb", "mail", or "none" (a case nobody can be told about). */
export async function notifyCitizen(tx: Tx, deps: CaseDeps, actor: AuditActor, row: CaseRow, notice: CitizenNotice): Promise<"postkorb" | "mail" | "none"> {
  const { subject, body } = compose(row, notice);
  if (row.account_id) {
    await deliverMessage(
      tx,
      deps.jobs,
      { accountId: row.account_id, subject: subject.slice(0, 200), body, senderDepartmentId: row.department_id, caseRef: row.reference, caseUrl: `/konto/vorgaenge/${row.reference}` },
      { actor, publicUrl: deps.publicUrl },
    );
    return "postkorb";
  }
  if (row.contact_email) {
    const link = `${deps.publicUrl.replace(/\/$/, "")}${accessPath(deps.secret, row)}`;
    const m = notificationMessages.in(row.contact_locale);
    await enqueueMail(tx, deps.jobs, { to: row.contact_email, subject, text: m.mailText(subject, link) });
    return "mail";
  }
  return "none";
}
