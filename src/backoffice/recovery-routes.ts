// /verwaltung/wiederherstellungscodes: a staff member makes a new set of recovery codes with the current code
// from their authenticator app. The codes are shown in the answer to the POST and never again (only their
// hashes are stored), so a successful post does not redirect.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import {
  regenerateRecoveryCodes,
  SecondFactorInput,
  secretBox,
  unusedRecoveryCodes,
  type RegenerateRecoveryCodesResult,
} from "../kernel/identity/index.ts";
import { inTransaction } from "../platform/db/index.ts";
import { parseFormInput } from "../platform/html/index.ts";
import type { Locale } from "../platform/i18n/index.ts";
import { requireStaff, staffOf } from "./guard.ts";
import type { BackofficeOptions } from "./options.ts";
import { lockedMessage } from "./locked-message.ts";
import { recoveryMessages } from "./recovery-messages.ts";
import { RecoveryCodesPage } from "./recovery-page.tsx";

// Each post checks a TOTP code: the per-address lockout stops guessing, this keeps the rate sane before it.
const recoveryRateLimit = { rateLimit: { max: 10, timeWindow: "1 minute" } };

function refusal(result: Extract<RegenerateRecoveryCodesResult, { ok: false }>, locale: Locale): string {
  const r = recoveryMessages.in(locale);
  if (result.reason === "locked") return lockedMessage(locale, result.until, "account");
  return { invalid: r.invalidCode, replayed: r.replayedCode, "not-enrolled": r.notEnrolled }[result.reason];
}

export async function recoveryRoutes(app: FastifyInstance, { db, jobs, secret }: BackofficeOptions): Promise<void> {
  const box = secretBox(secret);
  app.addHook("preHandler", requireStaff);

  app.get("/verwaltung/wiederherstellungscodes", async (request, reply) => {
    const actor = staffOf(request);
    return reply.render(h(RecoveryCodesPage, { actor, unused: await unusedRecoveryCodes(db, actor.id) }));
  });

  app.post("/verwaltung/wiederherstellungscodes", { config: recoveryRateLimit }, async (request, reply) => {
    const actor = staffOf(request);
    const form = parseFormInput(SecondFactorInput, request.body, request.locale);
    const result: RegenerateRecoveryCodesResult = form.ok
      ? await inTransaction(db, (tx) => regenerateRecoveryCodes(actor, form.data, tx, { box, jobs }))
      : { ok: false, reason: "invalid" };
    if (!result.ok) {
      const status = result.reason === "locked" ? 429 : 400;
      const unused = await unusedRecoveryCodes(db, actor.id);
      return reply.render(h(RecoveryCodesPage, { actor, unused, errors: { code: refusal(result, request.locale) } }), status);
    }
    return reply.render(h(RecoveryCodesPage, { actor, unused: result.codes.length, codes: result.codes }));
  });
}
