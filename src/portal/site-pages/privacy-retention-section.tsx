// The privacy notice's "how long we keep it" table, filled from the constants the retention jobs delete by
// (ADR 0004), so the notice and what the workers do stay the same numbers.
import { AUDIT_RETENTION_MONTHS } from "../../kernel/audit/index.ts";
import { LINK_RETENTION_DAYS_AFTER_EXPIRY, LOGIN_ATTEMPT_RETENTION_HOURS, OIDC_FLOW_MINUTES, sessionPolicies } from "../../kernel/identity/index.ts";
import { usePage } from "../../platform/html/index.ts";
import { UNSENT_MAIL_RETENTION_DAYS } from "../../platform/mail/index.ts";
import { USAGE_RETENTION_DAYS } from "../usage/index.ts";
import { Section } from "./page-parts.tsx";
import { privacyRetentionMessages, type RetentionPeriods } from "./privacy-retention-messages.ts";
import type { SiteOperator } from "./site-operator.ts";

export function retentionPeriods(operator: SiteOperator): RetentionPeriods {
  return {
    sessionIdleMinutes: sessionPolicies.citizen.idleMinutes,
    sessionHours: sessionPolicies.citizen.absoluteHours,
    linkDaysAfterExpiry: LINK_RETENTION_DAYS_AFTER_EXPIRY,
    loginAttemptHours: LOGIN_ATTEMPT_RETENTION_HOURS,
    // Passkey challenges live 5 minutes, OIDC flows 10: the longer one is the promise.
    loginHandshakeMinutes: OIDC_FLOW_MINUTES,
    securityLogMonths: AUDIT_RETENTION_MONTHS,
    unsentMailDays: UNSENT_MAIL_RETENTION_DAYS,
    feedbackYears: operator.retention.accessibilityFeedbackYears,
    usageDays: USAGE_RETENTION_DAYS,
  };
}

const rows = ["session", "links", "attempts", "handshake", "securityLog", "mail", "feedback", "usage"] as const;

export function RetentionSection({ operator }: { operator: SiteOperator }) {
  const m = privacyRetentionMessages.in(usePage().locale);
  const periods = retentionPeriods(operator);
  return (
    <Section id="speicherdauer" heading={m.heading}>
      <p class="kern-body">{m.intro}</p>
      <div class="kern-table-responsive">
        <table class="kern-table">
          <caption class="kern-title">{m.caption}</caption>
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {m.what}
              </th>
              <th class="kern-table__header" scope="col">
                {m.howLong}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {rows.map((row) => (
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">
                  {m.data[row]}
                </th>
                <td class="kern-table__cell">{m[row](periods)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
