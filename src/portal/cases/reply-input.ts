// What the citizen's reply form accepts, with the messages a person reads; the kernel checks again.
import { z } from "zod";
import { REPLY_MAX } from "../../kernel/cases/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import { caseMessages } from "./messages.ts";

export function replyFormInput(locale: Locale) {
  const m = caseMessages.in(locale);
  return z.object({
    text: z.string({ error: m.replyMissing }).trim().min(1, { error: m.replyMissing }).max(REPLY_MAX, { error: m.replyTooLong }),
  });
}
