// Recovery codes for a lost authenticator: ten single-use codes, shown once when made. Making a new set
// replaces the old one. Each use is audit-logged, so a used code someone else typed is visible.
// A staff member makes a new set only with the current TOTP code: regenerate-recovery-codes.ts.
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "../../audit/index.ts";
import type { Executor, Tx } from "../../../platform/db/index.ts";
import type { Actor } from "../actor.ts";
import { base32Encode } from "./totp.ts";

export const RECOVERY_CODE_COUNT = 10;

/** Lower case, without spaces and dashes: how people type what they copied from paper does not matter. */
const normalise = (code: string) => code.toLowerCase().replace(/[\s-]/g, "");
const hashCode = (code: string) => createHash("sha256").update(normalise(code)).digest();

/** Looks like a recovery code (ten base32 characters, maybe with a dash), not like a six-digit TOTP code. */
export const isRecoveryCodeShape = (code: string) => /^[a-z2-7]{10}$/.test(normalise(code));

export async function createRecoveryCodes(actor: Actor, accountId: string, tx: Tx): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const c = base32Encode(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${c.slice(0, 5)}-${c.slice(5)}`;
  });
  await tx.deleteFrom("identity.staff_recovery_code").where("account_id", "=", accountId).execute();
  await tx.insertInto("identity.staff_recovery_code").values(codes.map((c) => ({ account_id: accountId, code_hash: hashCode(c), used_at: null }))).execute();
  await recordAudit(tx, actor, "staff.recovery-codes.created", { type: "account", id: accountId });
  return codes;
}

/** Uses up a recovery code; false when it is unknown or was used before. */
export async function consumeRecoveryCode(tx: Tx, accountId: string, code: string): Promise<boolean> {
  const used = await tx
    .updateTable("identity.staff_recovery_code")
    .set({ used_at: new Date() })
    .where("account_id", "=", accountId)
    .where("code_hash", "=", hashCode(code))
    .where("used_at", "is", null)
    .returning("account_id")
    .executeTakeFirst();
  return used !== undefined;
}

export async function unusedRecoveryCodes(db: Executor, accountId: string): Promise<number> {
  const row = await db
    .selectFrom("identity.staff_recovery_code")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("account_id", "=", accountId)
    .where("used_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
