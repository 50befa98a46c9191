// What a citizen chose on the profile page about notifications; the Postkorb reads it before sending a mail.
import type { Executor } from "../../../platform/db/index.ts";

export interface NotificationPreferences {
  /** Send an e-mail (without content) when a new Postkorb message arrives. */
  newMessageByEmail: boolean;
  email: string;
  /** false until the address was confirmed by link: mails to unconfirmed addresses may reach a stranger. */
  emailConfirmed: boolean;
  language: "de" | "en";
}

/** undefined when the account does not exist (any more). */
export async function notificationPreferences(db: Executor, accountId: string): Promise<NotificationPreferences | undefined> {
  const row = await db
    .selectFrom("identity.account")
    .select(["email", "email_confirmed_at", "notify_by_email", "preferred_language"])
    .where("id", "=", accountId)
    .executeTakeFirst();
  if (!row) return undefined;
  return { newMessageByEmail: row.notify_by_email, email: row.email, emailConfirmed: row.email_confirmed_at !== null, language: row.preferred_language ?? "de" };
}
