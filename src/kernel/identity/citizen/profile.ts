// A citizen's own profile: read for "Mein Konto", changed on /konto/profil. Only the owner reaches it:
// the account id comes from the actor, never from the request.
import { z } from "zod";
import { recordAudit } from "../../audit/index.ts";
import type { Executor, Tx } from "../../../platform/db/index.ts";
import type { CitizenActor } from "../actor.ts";

export interface CitizenProfile {
  email: string;
  emailConfirmed: boolean;
  displayName: string;
  street: string;
  postalCode: string;
  city: string;
  language: "de" | "en";
  notifyByEmail: boolean;
  createdAt: Date;
}

export async function citizenProfile(db: Executor, actor: CitizenActor): Promise<CitizenProfile | undefined> {
  const row = await db.selectFrom("identity.account").selectAll().where("id", "=", actor.id).where("kind", "=", "citizen").executeTakeFirst();
  if (!row) return undefined;
  return {
    email: row.email,
    emailConfirmed: row.email_confirmed_at !== null,
    displayName: row.display_name,
    street: row.street ?? "",
    postalCode: row.postal_code ?? "",
    city: row.city ?? "",
    language: row.preferred_language ?? "de",
    notifyByEmail: row.notify_by_email,
    createdAt: row.created_at,
  };
}

const optionalText = (max: number) => z.string().trim().max(max);

export const updateProfileInput = z.object({
  displayName: optionalText(200),
  street: optionalText(200),
  // German postal codes have five digits; empty means "not given".
  postalCode: z.union([z.literal(""), z.string().trim().regex(/^\d{5}$/)]),
  city: optionalText(100),
  language: z.enum(["de", "en"]),
  notifyByEmail: z.enum(["yes", "no"]),
});
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

const orNull = (value: string): string | null => (value === "" ? null : value);

export async function updateProfile(actor: CitizenActor, input: UpdateProfileInput, tx: Tx): Promise<void> {
  await tx
    .updateTable("identity.account")
    .set({
      display_name: input.displayName,
      street: orNull(input.street),
      postal_code: orNull(input.postalCode),
      city: orNull(input.city),
      preferred_language: input.language,
      notify_by_email: input.notifyByEmail === "yes",
    })
    .where("id", "=", actor.id)
    .where("kind", "=", "citizen")
    .execute();
  // Which fields changed is enough for the record; the values are the person's own data.
  await recordAudit(tx, actor, "profile.updated", { type: "account", id: actor.id });
}

