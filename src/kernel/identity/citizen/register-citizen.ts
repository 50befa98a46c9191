// Registration with e-mail and password. The answer is the same whether or not the address already has an
// account (otherwise the form would tell anyone who is registered): the owner of a known address gets a mail
// saying someone tried, with a link to reset the password, instead of a second account.
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { AnonymousActor } from "../actor.ts";
import { issueAccountToken } from "./account-tokens.ts";
import { sendAccountMail, type AccountMailContext } from "./account-mails.ts";
import { hashPassword, passwordProblem, verifyPassword } from "./password-policy.ts";

export const registerInput = z.object({
  email: z.email().max(320),
  password: z.string(),
  displayName: z.string().trim().max(200),
});
export type RegisterInput = z.infer<typeof registerInput>;

export type RegisterResult = { ok: true } | { ok: false; reason: "weak-password" };

export async function registerCitizen(actor: AnonymousActor, input: RegisterInput, tx: Tx, mail: AccountMailContext): Promise<RegisterResult> {
  if (passwordProblem(input.password)) return { ok: false, reason: "weak-password" };
  const email = input.email.trim().toLowerCase();
  const existing = await tx.selectFrom("identity.account").select(["id"]).where("email", "=", email).executeTakeFirst();
  if (existing) {
    // Spend the same time a new account costs (one argon2 hash), so timing does not tell either.
    await verifyPassword(undefined, input.password);
    const token = await issueAccountToken(tx, existing.id, "reset-password");
    await sendAccountMail(tx, mail, email, "exists", `/konto/passwort-neu/${token}`);
    await recordAudit(tx, actor, "account.register-existing", { type: "account", id: existing.id });
    return { ok: true };
  }
  const passwordHash = await hashPassword(input.password);
  // Two registrations of one address at once: the unique index decides, the loser answers like the first branch.
  const inserted = await tx
    .insertInto("identity.account")
    .values({ kind: "citizen", email, display_name: input.displayName, password_hash: passwordHash })
    .onConflict((oc) => oc.column("email").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!inserted) return { ok: true };
  const token = await issueAccountToken(tx, inserted.id, "confirm-email");
  await sendAccountMail(tx, mail, email, "confirm", `/konto/bestaetigen/${token}`);
  await recordAudit(tx, actor, "account.registered", { type: "account", id: inserted.id });
  return { ok: true };
}
