// The citizen's case page, reached from "Meine Vorgänge" (account) or through the secret link (no account):
// facts, what happens next, their own message, the timeline they may see, and the form to reply.
import { caseKind, REPLY_MAX, stateOf, type CitizenCase } from "../../kernel/cases/index.ts";
import { Breadcrumbs, CsrfField, ErrorSummary, Layout, NotificationBanner, StatusTag, SummaryList, TextArea, usePage, type FieldErrors, type SummaryRow } from "../../platform/html/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { CaseTimeline, PlainText } from "./case-timeline.tsx";
import { citizenState, kindLabel } from "./case-texts.ts";
import { listHref } from "./case-list-page.tsx";
import { caseMessages } from "./messages.ts";

export interface ReplyFormState {
  errors: FieldErrors;
  values: Readonly<Record<string, string>>;
}

export const emptyReplyForm: ReplyFormState = { errors: {}, values: {} };

export interface CasePageProps {
  found: CitizenCase;
  /** "account": under /konto/vorgaenge; "link": through the secret link (no breadcrumbs into an account). */
  access: "account" | "link";
  /** Where the reply form posts. */
  replyAction: string;
  reply: ReplyFormState;
  notice?: "replySent" | undefined;
  departmentName(id: string): string;
}

function Reply({ found, replyAction, reply }: Pick<CasePageProps, "found" | "replyAction" | "reply">) {
  const m = caseMessages.in(usePage().locale);
  return (
    <section aria-labelledby="antworten">
      <h2 class="kern-heading-medium" id="antworten">
        {m.replyHeading}
      </h2>
      {!found.isOpen && !caseKind(found.kind)?.repliesWhenClosed ? (
        <p class="kern-body">{m.replyClosed}</p>
      ) : (
        // novalidate: the server's messages say what to fix in plain words; browser bubbles would differ.
        <form method="post" action={replyAction} novalidate>
          <CsrfField />
          <TextArea name="text" label={m.replyLabel} hint={m.replyHint} error={reply.errors.text} value={reply.values.text} rows={6} maxLength={REPLY_MAX} />
          <div class="st-form-actions">
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{m.replySubmit}</span>
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

export function CasePage(props: CasePageProps) {
  const { found, access, notice, departmentName } = props;
  const { locale } = usePage();
  const m = caseMessages.in(locale);
  const state = citizenState(found.kind, found.state, locale);
  const date = (d: Date) => formatDate(d, locale, { dateStyle: "long" });
  // /vorgaenge/<reference> answers only while the state is public too ("received", "rejected" are not).
  const kind = caseKind(found.kind);
  const publicPageShown = found.isPublic && kind !== undefined && stateOf(kind, found.state).public;
  const rows: SummaryRow[] = [
    { key: m.reference, value: found.reference },
    { key: m.kind, value: kindLabel(found.kind, locale) },
    { key: m.state, value: <StatusTag label={state.label} tone={state.tone} /> },
    { key: m.department, value: departmentName(found.departmentId) },
    { key: m.opened, value: date(found.openedAt) },
    ...(found.closedAt ? [{ key: m.closed, value: date(found.closedAt) }] : []),
    {
      key: m.visibility,
      value: found.isPublic ? (
        <>
          {m.isPublic}
          {publicPageShown ? (
            <>
              {" "}
              <a class="kern-link" href={`/vorgaenge/${found.reference}`}>
                {m.publicPageLink}
              </a>
            </>
          ) : null}
        </>
      ) : (
        m.isPrivate
      ),
    },
  ];
  const crumbs =
    access === "account"
      ? [{ href: "/", label: m.home }, { href: "/konto", label: m.account }, { href: listHref(1), label: m.listTitle }, { label: found.title }]
      : [{ href: "/", label: m.home }, { label: found.title }];
  return (
    <Layout title={found.title} narrow beforeContent={<Breadcrumbs items={crumbs} />}>
      <ErrorSummary errors={props.reply.errors} />
      {notice === "replySent" ? <NotificationBanner title={m.replySent} tone="success" /> : null}
      <h1 class="kern-heading-x-large">{found.title}</h1>
      {access === "link" ? <p class="kern-body">{m.secretLinkNote}</p> : null}
      <SummaryList rows={rows} />
      {state.nextStep ? (
        <section aria-labelledby="weiter">
          <h2 class="kern-heading-medium" id="weiter">
            {m.nextHeading}
          </h2>
          <p class="kern-body">{state.nextStep}</p>
        </section>
      ) : null}
      {found.description ? (
        <section aria-labelledby="ihre-nachricht">
          <h2 class="kern-heading-medium" id="ihre-nachricht">
            {m.yourMessageHeading}
          </h2>
          <PlainText text={found.description} />
        </section>
      ) : null}
      <section aria-labelledby="verlauf">
        <h2 class="kern-heading-medium" id="verlauf">
          {m.timelineHeading}
        </h2>
        <CaseTimeline kind={found.kind} entries={found.timeline} audience="citizen" departmentName={departmentName} />
      </section>
      <Reply found={found} replyAction={props.replyAction} reply={props.reply} />
      {access === "account" ? (
        <p class="kern-body">
          <a class="kern-link" href={listHref(1)}>
            {m.backToList}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}
