// A platform admin creates a staff account: name and e-mail, optionally a first role. The person gets an
// e-mail with a single-use link (24 h) to set their password; the account has none until then.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import { isUniqueViolation, type Tx } from "../../../platform/db/index.ts";
import type { JobQueue } from "../../../platform/jobs/index.ts";
import { enqueueMail } from "../../../platform/mail/index.ts";
import type { Actor } from "../actor.ts";
import { can } from "../permissions/catalogue.ts";
import { staffMailMessages } from "./staff-mail-messages.ts";

export const PASSWORD_LINK_HOURS = 24;

export const NewStaffMemberInput = z.object({
  displayName: z.string().trim().min(2).max(200),
  email: z.email().trim().max(320),
});
export type NewStaffMemberInput = z.output<typeof NewStaffMemberInput>;

export type NewStaffMemberResult = { ok: true; accountId: string } | { ok: false; reason: "forbidden" | "email-taken" };

export interface StaffMailDeps {
  jobs: JobQueue;
  /** Base URL for the link in the e-mail (config.publicUrl). */
  publicUrl: string;
}

export const hashStaffToken = (token: string): Buffer => createHash("sha256").update(token).digest();

export async function createStaffMember(actor: Actor, input: NewStaffMemberInput, tx: Tx, deps: StaffMailDeps): Promise<NewStaffMemberResult> {
  if (!can(actor, "staff.create")) return { ok: false, reason: "forbidden" };
  const exists = await tx.selectFrom("identity.account").select("id").where("email", "=", input.email).executeTakeFirst();
  if (exists) return { ok: false, reason: "email-taken" };
  let accountId: string;
  try {
    const row = await tx
      .insertInto("identity.account")
      .values({ kind: "staff", email: input.email, display_name: input.displayName, password_hash: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    accountId = row.id;
  } catch (error) {
    // A second admin created the same address a moment earlier.
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
  const token = randomBytes(32).toString("base64url");
  await tx
    .insertInto("identity.staff_password_token")
    .values({ token_hash: hashStaffToken(token), account_id: accountId, expires_at: new Date(Date.now() + PASSWORD_LINK_HOURS * 3600_000), used_at: null })
    .execute();
  const link = `${deps.publicUrl}/verwaltung/passwort/${token}`;
  const de = staffMailMessages.in("de");
  const en = staffMailMessages.in("en");
  await enqueueMail(tx, deps.jobs, {
    to: input.email,
    subject: de.subject,
    text: `${de.body(input.displayName, link, PASSWORD_LINK_HOURS)}\n\n---\n\n${en.body(input.displayName, link, PASSWORD_LINK_HOURS)}`,
  });
  await recordAudit(tx, actor, "staff.created", { type: "account", id: accountId });
  return { ok: true, accountId };
}
