// Login through an external provider, once its ID token was validated. The account is found by the provider's
// (issuer, subject); e-mail alone never opens an existing account unless both sides verified that address
// (the provider says email_verified, and our account confirmed it): otherwise whoever registers someone
// else's address at a careless provider could take over their account.
import { recordAudit } from "../../audit/index.ts";
import type { Tx } from "../../../platform/db/index.ts";
import type { AnonymousActor, TrustLevel } from "../actor.ts";
import { createSession, endSession } from "../sessions.ts";
import type { AccountKind } from "../tables.ts";
import type { OidcIdentity } from "./oidc-client.ts";
import type { OidcAudience } from "./tables.ts";
import { trustLevelFromAcr } from "./trust-level.ts";

export interface OidcLoginInput {
  audience: OidcAudience;
  identity: OidcIdentity;
  /** Staff: acr values of the city SSO that mean a multi-factor login. */
  mfaAcrValues?: readonly string[];
  /** The session cookie the browser brought, ended on success (a new token on every login). */
  previousToken?: string | undefined;
}

export type OidcLoginFailure = "no-email" | "email-taken" | "no-staff-account" | "wrong-account-kind";

export type OidcLoginResult =
  | { ok: true; token: string; accountId: string; accountKind: AccountKind; secondFactorDone: boolean; created: boolean; trustLevel: TrustLevel | undefined }
  | { ok: false; reason: OidcLoginFailure };

interface Found {
  accountId: string;
  kind: AccountKind;
  how: "identity" | "verified-email" | "created";
}

async function findLinked(tx: Tx, identity: OidcIdentity): Promise<Found | undefined> {
  const row = await tx
    .selectFrom("identity.external_identity as x")
    .innerJoin("identity.account as a", "a.id", "x.account_id")
    .select(["a.id", "a.kind"])
    .where("x.issuer", "=", identity.issuer)
    .where("x.subject", "=", identity.subject)
    .executeTakeFirst();
  if (!row) return undefined;
  await tx.updateTable("identity.external_identity").set({ last_login_at: new Date() }).where("issuer", "=", identity.issuer).where("subject", "=", identity.subject).execute();
  return { accountId: row.id, kind: row.kind, how: "identity" };
}

async function link(tx: Tx, identity: OidcIdentity, accountId: string): Promise<void> {
  await tx.insertInto("identity.external_identity").values({ issuer: identity.issuer, subject: identity.subject, account_id: accountId }).execute();
}

async function findOrCreate(tx: Tx, input: OidcLoginInput): Promise<Found | OidcLoginFailure> {
  const { identity, audience } = input;
  const linked = await findLinked(tx, identity);
  if (linked) return linked.kind === audience ? linked : "wrong-account-kind";
  const byEmail = identity.email
    ? await tx.selectFrom("identity.account").select(["id", "kind", "email_confirmed_at"]).where("email", "=", identity.email).executeTakeFirst()
    : undefined;

  if (audience === "staff") {
    // Staff accounts are made by administrators with the official address, so the city SSO's verified
    // address may link to one; the SSO never creates staff accounts.
    if (!byEmail || byEmail.kind !== "staff" || !identity.emailVerified) return "no-staff-account";
    await link(tx, identity, byEmail.id);
    return { accountId: byEmail.id, kind: "staff", how: "verified-email" };
  }

  if (!identity.email) return "no-email";
  if (byEmail) {
    if (byEmail.kind !== "citizen" || !identity.emailVerified || !byEmail.email_confirmed_at) return "email-taken";
    await link(tx, identity, byEmail.id);
    return { accountId: byEmail.id, kind: "citizen", how: "verified-email" };
  }
  const account = await tx
    .insertInto("identity.account")
    .values({
      kind: "citizen",
      email: identity.email,
      display_name: identity.name ?? identity.email,
      password_hash: null,
      // An address the provider did not verify stays unconfirmed until the citizen confirms it by our link.
      email_confirmed_at: identity.emailVerified ? new Date() : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await link(tx, identity, account.id);
  return { accountId: account.id, kind: "citizen", how: "created" };
}

export async function logInWithOidc(actor: AnonymousActor, input: OidcLoginInput, tx: Tx): Promise<OidcLoginResult> {
  const found = await findOrCreate(tx, input);
  const { identity } = input;
  if (typeof found === "string") {
    await recordAudit(tx, actor, "login.oidc.failed", undefined, { audience: input.audience, issuer: identity.issuer, reason: found });
    return { ok: false, reason: found };
  }
  const trustLevel = trustLevelFromAcr(identity.acr);
  // RFC 8176 "mfa" in amr, or an acr the city declared as multi-factor: then the SSO did our TOTP's job.
  const secondFactor = found.kind === "staff" && (identity.amr.includes("mfa") || (identity.acr !== undefined && (input.mfaAcrValues ?? []).includes(identity.acr)));
  if (input.previousToken) await endSession(tx, input.previousToken);
  const token = await createSession(tx, { accountId: found.accountId, method: "oidc", acr: trustLevel, secondFactor });
  const subject = { type: "account", id: found.accountId };
  const accountActor = { kind: found.kind, id: found.accountId, requestId: actor.requestId };
  if (found.how === "created") await recordAudit(tx, accountActor, "account.created", subject, { method: "oidc", issuer: identity.issuer });
  if (found.how === "verified-email") await recordAudit(tx, accountActor, "account.oidc-linked", subject, { issuer: identity.issuer });
  await recordAudit(tx, accountActor, "login.oidc.succeeded", subject, { issuer: identity.issuer, acr: trustLevel ?? null, secondFactor });
  return { ok: true, token, accountId: found.accountId, accountKind: found.kind, secondFactorDone: secondFactor, created: found.how === "created", trustLevel };
}
