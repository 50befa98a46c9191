// Staff management pages: the list, one person's roles with grant and revoke, second factor and login lockout,
// and creating an account.
// Every button is shown only where can() allows the action — the same rule the routes enforce.
import { can, mayResetSecondFactor, mayUnlockStaffLogin, type RoleGrant, type StaffActor, type StaffMember } from "../kernel/identity/index.ts";
import type { CatalogueSnapshot } from "../kernel/catalogue/index.ts";
import { CsrfField, ErrorSummary, NotificationBanner, TextField, usePage, type FieldErrors } from "../platform/html/index.ts";
import { formatDate } from "../platform/i18n/index.ts";
import { BackofficeLayout } from "./backoffice-layout.tsx";
import { roleLabel } from "./role-label.tsx";
import { staffMessages } from "./staff-messages.ts";
import { secondFactorPath } from "./staff-second-factor-page.tsx";

export const grantValue = (g: RoleGrant) => `${g.role}:${g.departmentId ?? ""}`;

export function StaffListPage({ actor, staff, catalogue }: { actor: StaffActor; staff: StaffMember[]; catalogue: CatalogueSnapshot }) {
  const { locale } = usePage();
  const m = staffMessages.in(locale);
  return (
    <BackofficeLayout actor={actor} title={m.listTitle}>
      <h1 class="kern-heading-x-large">{m.listTitle}</h1>
      <p class="kern-body">{m.listLead}</p>
      {can(actor, "staff.create") ? (
        <p>
          <a class="kern-btn kern-btn--secondary" href="/verwaltung/mitarbeitende/neu">
            <span class="kern-label">{m.create}</span>
          </a>
        </p>
      ) : null}
      {staff.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="kern-sr-only">{m.listTitle}</caption>
            <thead class="kern-table__header">
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.email}</th>
                <th scope="col">{m.roles}</th>
                <th scope="col">{m.actions}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {staff.map((s) => (
                <tr>
                  <th scope="row">{s.displayName}</th>
                  <td>
                    {s.email}
                    {s.hasPassword ? null : <span class="st-muted"> ({m.passwordPending})</span>}
                  </td>
                  <td>{s.roles.length === 0 ? m.noRole : s.roles.map((g) => roleLabel(g, locale, catalogue)).join(", ")}</td>
                  <td>
                    <a class="kern-link" href={`/verwaltung/mitarbeitende/${s.id}`} aria-label={m.manageFor(s.displayName)}>
                      {m.manage}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </BackofficeLayout>
  );
}

interface DetailProps {
  actor: StaffActor;
  member: StaffMember;
  catalogue: CatalogueSnapshot;
  /** Role grants the actor may hand out to this person and they do not hold yet. */
  grantable: RoleGrant[];
  /** When the person's authenticator was set up; undefined while they have none. */
  secondFactorSince: Date | undefined;
  /** Until when the person's login is locked (wrong passwords or codes); undefined when it is not. */
  lockedUntil?: Date | undefined;
  notice?: string | undefined;
  errors?: FieldErrors;
}

export function StaffDetailPage({ actor, member, catalogue, grantable, secondFactorSince, lockedUntil, notice, errors = {} }: DetailProps) {
  const { locale } = usePage();
  const m = staffMessages.in(locale);
  return (
    <BackofficeLayout actor={actor} title={member.displayName} narrow>
      {notice ? <NotificationBanner title={notice} tone="success" /> : null}
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">{member.displayName}</h1>
      <p class="kern-body">
        {member.email}
        {member.hasPassword ? null : <span class="st-muted"> ({m.passwordPending})</span>}
      </p>
      <p class="kern-body st-muted">{m.detailLead}</p>
      <h2 class="kern-heading-medium">{m.roles}</h2>
      {member.roles.length === 0 ? <p class="kern-body">{m.noRole}</p> : null}
      <ul class="kern-list st-role-list">
        {member.roles.map((g) => {
          const label = roleLabel(g, locale, catalogue);
          return (
            <li>
              <span>{label}</span>
              {can(actor, "role.revoke", { departmentId: g.departmentId, role: g.role, accountId: member.id }) ? (
                <form method="post" action={`/verwaltung/mitarbeitende/${member.id}/rollen/entziehen`} class="st-inline-form">
                  <CsrfField />
                  <input type="hidden" name="grant" value={grantValue(g)} />
                  <button class="kern-btn kern-btn--secondary kern-btn--x-small" type="submit" aria-label={m.revokeLabel(label)}>
                    <span class="kern-label">{m.revoke}</span>
                  </button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ul>
      <h2 class="kern-heading-medium">{m.grantTitle}</h2>
      {grantable.length === 0 ? (
        <p class="kern-body">{m.nothingToGrant}</p>
      ) : (
        <form method="post" action={`/verwaltung/mitarbeitende/${member.id}/rollen`} novalidate>
          <CsrfField />
          <div class="kern-form-input st-field">
            <label class="kern-label" for="grant">
              {m.grantField}
            </label>
            {errors.grant ? (
              <p class="kern-error" id="grant-fehler">
                <span class="kern-body">{errors.grant}</span>
              </p>
            ) : null}
            <div class="kern-form-input__select-wrapper">
              <select class="kern-form-input__select" id="grant" name="grant" aria-describedby={errors.grant ? "grant-fehler" : undefined}>
                {grantable.map((g) => (
                  <option value={grantValue(g)}>{roleLabel(g, locale, catalogue)}</option>
                ))}
              </select>
            </div>
          </div>
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{m.grantSubmit}</span>
          </button>
        </form>
      )}
      <h2 class="kern-heading-medium" id="secondFactor" tabindex={-1}>
        {m.secondFactorTitle}
      </h2>
      {errors.secondFactor ? (
        <p class="kern-error">
          <span class="kern-body">{errors.secondFactor}</span>
        </p>
      ) : null}
      <p class="kern-body">{secondFactorSince ? m.secondFactorSince(formatDate(secondFactorSince, locale)) : m.secondFactorNone}</p>
      {secondFactorSince && mayResetSecondFactor(actor, member) ? (
        <p>
          <a class="kern-btn kern-btn--secondary" href={secondFactorPath(member.id)}>
            <span class="kern-label">{m.resetTitle}</span>
          </a>
        </p>
      ) : null}
      {lockedUntil && mayUnlockStaffLogin(actor, member) ? (
        <>
          <h2 class="kern-heading-medium">{m.lockTitle}</h2>
          <p class="kern-body">{m.lockedUntil(formatDate(lockedUntil, locale, { dateStyle: "medium", timeStyle: "short" }))}</p>
          <form method="post" action={`/verwaltung/mitarbeitende/${member.id}/sperre-aufheben`}>
            <CsrfField />
            <button class="kern-btn kern-btn--secondary" type="submit">
              <span class="kern-label">{m.unlock}</span>
            </button>
          </form>
        </>
      ) : null}
      <p>
        <a class="kern-link" href="/verwaltung/mitarbeitende">
          {m.back}
        </a>
      </p>
    </BackofficeLayout>
  );
}

export function NewStaffPage({ actor, errors = {}, values = {} }: { actor: StaffActor; errors?: FieldErrors; values?: Record<string, string> }) {
  const m = staffMessages.in(usePage().locale);
  return (
    <BackofficeLayout actor={actor} title={m.createTitle} narrow>
      <ErrorSummary errors={errors} />
      <h1 class="kern-heading-x-large">{m.createTitle}</h1>
      <p class="kern-body">{m.createLead}</p>
      <form method="post" action="/verwaltung/mitarbeitende/neu" novalidate>
        <CsrfField />
        <TextField name="displayName" label={m.name} autocomplete="off" value={values.displayName} error={errors.displayName} maxLength={200} />
        <TextField name="email" label={m.email} type="email" autocomplete="off" value={values.email} error={errors.email} maxLength={320} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{m.createSubmit}</span>
        </button>
      </form>
      <p>
        <a class="kern-link" href="/verwaltung/mitarbeitende">
          {m.back}
        </a>
      </p>
    </BackofficeLayout>
  );
}
