// What the enquiry form accepts, with the messages a person reads next to each field. submitEnquiry checks
// the same rules again; this schema is about saying what to fix in plain words.
import { z } from "zod";
import type { Locale } from "../../platform/i18n/index.ts";
import { enquiryMessages } from "./messages.ts";
import { UNKNOWN_DEPARTMENT } from "./routing.ts";
import { EMAIL_MAX, MESSAGE_MAX, MESSAGE_MIN, SUBJECT_MAX } from "./submit-enquiry.ts";

/** Fields in page order: the error summary lists problems in this order. */
export const enquiryFields = ["subject", "message", "department", "isPublic", "contactEmail"] as const;

const emailShape = z.email();

/**
 * `needsEmail`: the person is not logged in as a citizen, so the answer needs an address. `departmentIds`:
 * the catalogue's departments, checked here too so that every problem shows at once.
 */
export function enquiryFormInput(locale: Locale, needsEmail: boolean, departmentIds: ReadonlySet<string>) {
  const m = enquiryMessages.in(locale);
  return z.object({
    subject: z.string({ error: m.subjectMissing }).trim().min(1, { error: m.subjectMissing }).max(SUBJECT_MAX, { error: m.subjectTooLong }),
    message: z
      .string({ error: m.messageMissing })
      .trim()
      .min(1, { error: m.messageMissing })
      .min(MESSAGE_MIN, { error: m.messageTooShort })
      .max(MESSAGE_MAX, { error: m.messageTooLong }),
    department: z.string({ error: m.departmentInvalid }).refine((v) => v === UNKNOWN_DEPARTMENT || departmentIds.has(v), { error: m.departmentInvalid }),
    // An unticked checkbox sends nothing: private unless the person ticks it.
    isPublic: z
      .literal("ja")
      .optional()
      .transform((v) => v === "ja"),
    contactEmail: needsEmail
      ? z
          .string({ error: m.emailMissing })
          .trim()
          .min(1, { error: m.emailMissing })
          .max(EMAIL_MAX, { error: m.emailInvalid })
          .refine((v) => emailShape.safeParse(v).success, { error: m.emailInvalid })
      : z
          .string()
          .optional()
          .transform(() => undefined),
  });
}

export type EnquiryFormInput = z.output<ReturnType<typeof enquiryFormInput>>;
