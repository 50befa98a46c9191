// The frame of every edit page: notices, a conflict warning, the error summary, the entry's state with its
// publication actions (each its own small form), and the edit form around the kind's fields.
import type { ComponentChildren } from "preact";
import { can, type StaffActor } from "../../kernel/identity/index.ts";
import type { EditableEntry, EditableKind } from "../../kernel/catalogue/index.ts";
import { CsrfField, ErrorSummary, NotificationBanner, StatusTag, usePage, type FieldErrors } from "../../platform/html/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { BackofficeLayout } from "../backoffice-layout.tsx";
import { catalogueMessages } from "./catalogue-messages.ts";
import { editPath, listPath, livePath, newPath, previewPath } from "./catalogue-paths.ts";
import { labelledErrors } from "./field-labels.ts";

export interface EntryPageProps {
  actor: StaffActor;
  kind: EditableKind;
  /** null while creating. */
  entry: EditableEntry | null;
  /** The version the form carries: the entry's, or after a conflict the newer one. */
  version: string;
  errors?: FieldErrors | undefined;
  notice?: { text: string; tone: "success" | "warning" } | undefined;
  /** Someone else saved meanwhile: when. */
  conflictAt?: Date | undefined;
  /** Who saved the working copy, for the notes. */
  savedBy?: string | undefined;
  children: ComponentChildren;
}

const when = (d: Date, locale: "de" | "en") => formatDate(d, locale, { dateStyle: "medium", timeStyle: "short" });

function ActionButton({ action, version, label, secondary }: { action: string; version: string; label: string; secondary?: boolean }) {
  return (
    <form method="post" action={action} class="st-inline-form">
      <CsrfField />
      <input type="hidden" name="version" value={version} />
      <button class={`kern-btn ${secondary ? "kern-btn--secondary" : "kern-btn--primary"}`} type="submit">
        <span class="kern-label">{label}</span>
      </button>
    </form>
  );
}

function Publication({ actor, entry, savedBy }: { actor: StaffActor; entry: EditableEntry; savedBy: string }) {
  const { locale } = usePage();
  const m = catalogueMessages.in(locale);
  const base = editPath(entry.kind, entry.id);
  const mayPublish = can(actor, "catalogue.publish");
  const pending = entry.draft !== null;
  const stateLabel = entry.state ? m.states[entry.state] : entry.live ? m.states.published : m.unpublished;
  return (
    <section aria-labelledby="veroeffentlichung" class="st-field">
      <h2 class="kern-heading-medium" id="veroeffentlichung">
        {m.publishing}
      </h2>
      <p class="kern-body">
        {m.stateNow}: <StatusTag label={stateLabel} tone={entry.state === "published" || (entry.state === null && entry.live) ? "success" : entry.state === "archived" ? "warning" : "info"} />
        {pending ? <> <StatusTag label={m.pending} tone="warning" /></> : null}
      </p>
      {entry.draft ? <p class="kern-body">{m.pendingNote(when(entry.draft.updatedAt, locale), savedBy)}</p> : null}
      {entry.live && entry.pendingFields.length > 0 ? (
        <p class="kern-body" data-pending-fields>
          {`${m.pendingFields}: ${entry.pendingFields.map((f) => (m.fields as Record<string, string>)[f] ?? f).join(", ")}`}
        </p>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={previewPath(entry.kind, entry.id)}>
          {m.previewLink}
        </a>
        {entry.state === "published" || (entry.state === null && entry.live) ? (
          <>
            {" · "}
            <a class="kern-link" href={livePath(entry.kind, entry.id)}>
              {m.liveLink}
            </a>
          </>
        ) : null}
      </p>
      <p class="kern-body kern-body--small st-muted">{m.previewLead}</p>
      {mayPublish ? (
        <div class="st-form-actions">
          {entry.state !== "archived" && (pending || entry.state === "draft") ? (
            <ActionButton action={`${base}/veroeffentlichen`} version={entry.version} label={entry.live !== null && entry.state !== "draft" ? m.publishChanges : m.publish} />
          ) : null}
          {pending ? <ActionButton action={`${base}/verwerfen`} version={entry.version} label={m.discard} secondary /> : null}
          {entry.state === "draft" || entry.state === "published" ? <ActionButton action={`${base}/archivieren`} version={entry.version} label={m.archive} secondary /> : null}
          {entry.state === "archived" ? <ActionButton action={`${base}/entwurf`} version={entry.version} label={m.toDraft} secondary /> : null}
        </div>
      ) : null}
    </section>
  );
}

export function EntryPage({ actor, kind, entry, version, errors = {}, notice, conflictAt, savedBy = "", children }: EntryPageProps) {
  const { locale } = usePage();
  const m = catalogueMessages.in(locale);
  const name = entry ? (entry.content as { name: string }).name : "";
  const title = entry ? m.editTitle(name) : m.newEntry[kind];
  return (
    <BackofficeLayout actor={actor} title={title} narrow>
      <p>
        <a class="kern-link" href={listPath(kind)}>
          {m.back}
        </a>
      </p>
      {notice ? <NotificationBanner title={notice.text} tone={notice.tone} /> : null}
      {conflictAt ? (
        <NotificationBanner title={m.conflictTitle} tone="warning">
          <p class="kern-body">{m.conflictBody(when(conflictAt, locale), savedBy)}</p>
          {entry ? (
            <p class="kern-body">
              <a class="kern-link" href={previewPath(kind, entry.id)} target="_blank" rel="noopener">
                {m.previewLink}
              </a>
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}
      <ErrorSummary errors={labelledErrors(kind, errors, locale)} />
      <h1 class="kern-heading-x-large">{title}</h1>
      {entry ? <Publication actor={actor} entry={entry} savedBy={savedBy} /> : <p class="kern-body">{m.lead}</p>}
      <form method="post" action={entry ? editPath(kind, entry.id) : newPath(kind)} novalidate>
        <CsrfField />
        <input type="hidden" name="version" value={version} />
        {children}
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{entry ? m.save : m.create}</span>
        </button>
      </form>
    </BackofficeLayout>
  );
}
