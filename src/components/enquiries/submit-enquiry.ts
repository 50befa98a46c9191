// A citizen asks the city something: the enquiry becomes a case of the department they chose, or of the
// default department when they don't know who is responsible (marked, so that department checks routing).
import { z } from "zod";
import { createCase, type CaseDeps, type CreateCaseResult } from "../../kernel/cases/index.ts";
import { citizenProfile, type Actor } from "../../kernel/identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import { DEPARTMENT_UNKNOWN, ENQUIRY_KIND } from "./enquiry-kind.ts";
import { UNKNOWN_DEPARTMENT, type EnquiryRouting } from "./routing.ts";

export const SUBJECT_MAX = 200;
export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 5000;
export const EMAIL_MAX = 254;

export const submitEnquiryInput = z.object({
  subject: z.string().trim().min(1).max(SUBJECT_MAX),
  message: z.string().trim().min(MESSAGE_MIN).max(MESSAGE_MAX),
  /** A department id of the catalogue, or "unbekannt" for "Ich weiß es nicht". */
  department: z.string().min(1).max(100),
  /** Title, state and the city's public answers are shown on /vorgaenge/<reference>; never the message or names. */
  isPublic: z.boolean().default(false),
  /** Required for people without an account: the reply and the secret link go there. */
  contactEmail: z.email().max(EMAIL_MAX).optional(),
  locale: z.enum(["de", "en"]).default("de"),
});

export type SubmitEnquiryInput = z.input<typeof submitEnquiryInput>;

export type EnquiryDeps = CaseDeps & EnquiryRouting;

/** `unconfirmed`: a citizen whose address was never confirmed — a throwaway account must not fill the inboxes. */
export type SubmitEnquiryResult = CreateCaseResult | { ok: false; reason: "unconfirmed" };

export async function submitEnquiry(tx: Tx, deps: EnquiryDeps, actor: Actor, input: SubmitEnquiryInput, now = new Date()): Promise<SubmitEnquiryResult> {
  const parsed = submitEnquiryInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-input", fields: [...new Set(parsed.error.issues.map((i) => i.path.join(".")))] };
  if (actor.kind === "citizen" && !(await citizenProfile(tx, actor))?.emailConfirmed) return { ok: false, reason: "unconfirmed" };
  const e = parsed.data;
  const unknown = e.department === UNKNOWN_DEPARTMENT;
  if (!unknown && !deps.departmentIds.has(e.department)) return { ok: false, reason: "invalid-input", fields: ["department"] };
  return createCase(
    tx,
    deps,
    actor,
    {
      kind: ENQUIRY_KIND,
      title: e.subject,
      description: e.message,
      requestedDepartmentId: unknown ? deps.defaultDepartmentId : e.department,
      ...(unknown ? { category: DEPARTMENT_UNKNOWN } : {}),
      isPublic: e.isPublic,
      ...(e.contactEmail ? { contactEmail: e.contactEmail } : {}),
      locale: e.locale,
    },
    now,
  );
}
