// /vorgaenge/<reference>: a public case for everyone — kind, title, state and the public timeline. No
// description, no names, no contact: findPublicCase and readTimeline("public") never hand them out.
import type { PublicCase } from "../../kernel/cases/index.ts";
import { Breadcrumbs, Layout, StatusTag, SummaryList, usePage } from "../../platform/html/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { CaseTimeline } from "./case-timeline.tsx";
import { citizenState, kindLabel } from "./case-texts.ts";
import { caseMessages } from "./messages.ts";

export function PublicCasePage({ found, departmentName }: { found: PublicCase; departmentName(id: string): string }) {
  const { locale } = usePage();
  const m = caseMessages.in(locale);
  const state = citizenState(found.kind, found.state, locale);
  const date = (d: Date) => formatDate(d, locale, { dateStyle: "long" });
  return (
    <Layout title={`${found.title} (${found.reference})`} narrow beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { label: found.title }]} />}>
      <h1 class="kern-heading-x-large">{found.title}</h1>
      <p class="kern-body">{m.publicLead}</p>
      <SummaryList
        rows={[
          { key: m.reference, value: found.reference },
          { key: m.kind, value: kindLabel(found.kind, locale) },
          { key: m.state, value: <StatusTag label={state.label} tone={state.tone} /> },
          { key: m.department, value: departmentName(found.departmentId) },
          { key: m.opened, value: date(found.openedAt) },
          ...(found.closedAt ? [{ key: m.closed, value: date(found.closedAt) }] : []),
        ]}
      />
      <section aria-labelledby="verlauf">
        <h2 class="kern-heading-medium" id="verlauf">
          {m.timelineHeading}
        </h2>
        <CaseTimeline kind={found.kind} entries={found.timeline} audience="public" departmentName={departmentName} />
      </section>
    </Layout>
  );
}
