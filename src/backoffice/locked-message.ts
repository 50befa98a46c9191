// How long a staff lockout still lasts, in words: "15 Minuten", "4 Stunden" (hours once over 90 minutes).
// The login and the recovery-code form say the same thing the same way.
import type { Locale } from "../platform/i18n/index.ts";
import { loginMessages } from "./login-messages.ts";

/** `here`: a password lockout, which holds for this network only; `account`: the code step after wrong codes. */
export function lockedMessage(locale: Locale, until: Date, scope: "here" | "account", now = new Date()): string {
  const m = loginMessages.in(locale);
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  const wait = minutes > 90 ? m.hours(Math.ceil(minutes / 60)) : m.minutes(minutes);
  return scope === "here" ? m.lockedHere(wait) : m.lockedAccount(wait);
}
