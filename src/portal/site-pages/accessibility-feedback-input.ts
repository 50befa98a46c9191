// What the accessibility feedback form accepts. Messages come from the catalogue in the person's language,
// because a citizen must read what to fix, not what zod expected.
import { z } from "zod";
import type { Locale } from "../../platform/i18n/index.ts";
import { feedbackMessages } from "./feedback-messages.ts";

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 4000;
export const NAME_MAX = 200;
export const EMAIL_MAX = 254;

/** Fields of the form, in page order: the error summary lists problems in this order. */
export const feedbackFields = ["message", "name", "email", "answer"] as const;

const emailShape = z.email();

export function accessibilityFeedbackInput(locale: Locale) {
  const m = feedbackMessages.in(locale);
  return z
    .object({
      message: z
        .string({ error: m.messageMissing })
        .trim()
        .min(1, { error: m.messageMissing })
        .min(MESSAGE_MIN, { error: m.messageTooShort })
        .max(MESSAGE_MAX, { error: m.messageTooLong }),
      name: z
        .string()
        .trim()
        .max(NAME_MAX, { error: m.nameTooLong })
        .optional()
        .transform((v) => v || null),
      email: z
        .string()
        .trim()
        .max(EMAIL_MAX, { error: m.emailInvalid })
        .refine((v) => v === "" || emailShape.safeParse(v).success, { error: m.emailInvalid })
        .optional()
        .transform((v) => v || null),
      answer: z.enum(["yes", "no"], { error: m.answerMissing }),
    })
    .superRefine((input, ctx) => {
      // An answer needs somewhere to go; say so at the e-mail field, where the fix is.
      if (input.answer === "yes" && !input.email) ctx.addIssue({ code: "custom", path: ["email"], message: m.emailNeeded });
    });
}

export type AccessibilityFeedbackInput = z.output<ReturnType<typeof accessibilityFeedbackInput>>;
