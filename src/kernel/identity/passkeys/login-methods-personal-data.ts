// "Meine Daten" and "Konto löschen" for the login methods: the account's passkeys (name and dates, never the key)
// and its links to external providers (issuer and subject). Registered with the personal-data registry at import.
import type { PersonalDataSource } from "../personal-data.ts";

export const loginMethodsPersonalData: PersonalDataSource = {
  name: "login-methods",
  async export(db, accountId) {
    const passkeys = await db.selectFrom("identity.passkey").select(["name", "created_at", "last_used_at"]).where("account_id", "=", accountId).execute();
    const providers = await db.selectFrom("identity.external_identity").select(["issuer", "subject", "created_at", "last_login_at"]).where("account_id", "=", accountId).execute();
    return { passkeys, externalIdentities: providers };
  },
  async erase(tx, accountId) {
    await tx.deleteFrom("identity.passkey").where("account_id", "=", accountId).execute();
    await tx.deleteFrom("identity.external_identity").where("account_id", "=", accountId).execute();
    await tx.deleteFrom("identity.webauthn_challenge").where("account_id", "=", accountId).execute();
  },
};
