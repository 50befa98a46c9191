// Form schemas of the account pages with the messages a person reads; the kernel checks the same rules again.
import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from "../../kernel/identity/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import { authMessages } from "./auth-messages.ts";

/** A new password: long enough, not too long, not one of the most common ones. */
export function newPassword(locale: Locale) {
  const m = authMessages.in(locale);
  return z.string({ message: m.passwordRequired }).superRefine((value, ctx) => {
    const problem = value === "" ? "empty" : passwordProblem(value);
    if (!problem) return;
    const message = {
      empty: m.passwordRequired,
      "too-short": m.passwordTooShort(PASSWORD_MIN),
      "too-long": m.passwordTooLong(PASSWORD_MAX),
      common: m.passwordCommon,
    }[problem];
    ctx.addIssue({ code: "custom", message });
  });
}

export function email(locale: Locale) {
  return z.string().trim().min(1, { message: authMessages.in(locale).emailRequired }).pipe(z.email().max(320));
}

export function currentPassword(locale: Locale) {
  return z.string({ message: authMessages.in(locale).passwordRequired }).min(1, { message: authMessages.in(locale).passwordRequired }).max(1024);
}

export const registerForm = (locale: Locale) =>
  z.object({ email: email(locale), password: newPassword(locale), displayName: z.string().trim().max(200).default("") });

export const loginForm = (locale: Locale) => z.object({ email: email(locale), password: currentPassword(locale), zurueck: z.string().optional() });

export const forgotForm = (locale: Locale) => z.object({ email: email(locale) });

export const resetForm = (locale: Locale) => z.object({ password: newPassword(locale) });

export const changePasswordForm = (locale: Locale) => z.object({ currentPassword: currentPassword(locale), newPassword: newPassword(locale) });

export const changeEmailForm = (locale: Locale) => z.object({ newEmail: email(locale), currentPassword: currentPassword(locale) });

export const deleteForm = (locale: Locale) => z.object({ password: currentPassword(locale) });
