// First step of the staff login: e-mail and password. Answers alike, and takes alike long, whether or not
// the address has an account; a correct password opens a session that is not staff until the second factor.
// Wrong passwords lock this address from this network (and a network that tries many), never the account
// everywhere: otherwise anyone could lock anyone out by typing their address (login-attempts.ts).
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { Actor } from "../actor.ts";
import { createSession } from "../sessions.ts";
import { passwordLockedUntil, recordPasswordAttempt } from "./login-attempts.ts";

export const StaffLoginInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});
export type StaffLoginInput = z.output<typeof StaffLoginInput>;

export type StaffLoginResult =
  | { ok: true; token: string; accountId: string; needsEnrolment: boolean }
  | { ok: false; reason: "invalid" }
  /** `until`: when the address may try again from this network. */
  | { ok: false; reason: "locked"; until: Date };

export interface StaffLoginContext {
  /** The client's IP address: wrong passwords count per address and network, and per network. */
  ip: string;
}

// Same cost parameters as real hashes, so verifying against it takes as long as a real check.
let dummyHash: Promise<string> | undefined;
const dummy = () => (dummyHash ??= hash("stadttor-no-such-account", { memoryCost: 19456, timeCost: 2, parallelism: 1 }));

export async function startStaffLogin(actor: Actor, input: StaffLoginInput, tx: Tx, context: StaffLoginContext): Promise<StaffLoginResult> {
  const locked = await passwordLockedUntil(tx, input.email, context.ip);
  if (locked) {
    await recordAudit(tx, actor, "staff.login.locked", undefined, { stage: "password" });
    return { ok: false, reason: "locked", until: locked };
  }
  const account = await tx
    .selectFrom("identity.account")
    .select(["id", "password_hash"])
    .where("email", "=", input.email)
    .where("kind", "=", "staff")
    .executeTakeFirst();
  const passwordOk = await verify(account?.password_hash ?? (await dummy()), input.password).catch(() => false);
  if (!account || !account.password_hash || !passwordOk) {
    await recordPasswordAttempt(tx, input.email, context.ip, false);
    await recordAudit(tx, actor, "staff.login.failed", account ? { type: "account", id: account.id } : undefined, { stage: "password" });
    return { ok: false, reason: "invalid" };
  }
  await recordPasswordAttempt(tx, input.email, context.ip, true);
  const token = await createSession(tx, { accountId: account.id, method: "password" });
  const totp = await tx.selectFrom("identity.staff_totp").select("confirmed_at").where("account_id", "=", account.id).executeTakeFirst();
  await recordAudit(tx, actor, "staff.login.password-accepted", { type: "account", id: account.id });
  return { ok: true, token, accountId: account.id, needsEnrolment: !totp?.confirmed_at };
}
