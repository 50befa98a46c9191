// A case's whole timeline as staff see it: every entry with who, when and for whom it is visible —
// internal entries visibly marked "intern", so nobody mistakes a note for something the citizen read.
import type { StaffCase, TimelineEntry } from "../../kernel/cases/index.ts";
import type { CatalogueSnapshot } from "../../kernel/catalogue/index.ts";
import { formatDate, type Locale } from "../../platform/i18n/index.ts";
import { departmentName, formatDay, stateLabel } from "./case-labels.tsx";
import { caseMessages } from "./case-messages.ts";

export function Paragraphs({ text }: { text: string }) {
  return (
    <div class="st-message-body">
      {text.split(/\n{2,}/).map((para) => (
        <p class="kern-body">
          {para.split("\n").map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </div>
  );
}

function facts(e: TimelineEntry, c: StaffCase, catalogue: CatalogueSnapshot, locale: Locale): string[] {
  const m = caseMessages.in(locale);
  const d = e.detail;
  const out: string[] = [];
  if (e.fromState || e.toState) out.push(`${e.fromState ? stateLabel(c.kind, e.fromState, locale) : ""} → ${e.toState ? stateLabel(c.kind, e.toState, locale) : ""}`);
  if (e.type === "assigned") out.push(typeof d.assigneeName === "string" ? m.assignedTo(d.assigneeName) : m.unassignedEntry);
  if (e.type === "reassigned" && typeof d.toDepartmentId === "string") out.push(m.movedTo(departmentName(catalogue, d.toDepartmentId, locale)));
  if (e.type === "reassigned" && typeof d.reason === "string") out.push(`${m.reason}: ${d.reason}`);
  const priority = d.priority ?? d.to;
  if (e.type === "priority-changed" && typeof priority === "string") out.push(m.priorityNow((m.priorities as Record<string, string>)[priority] ?? priority));
  const due = d.dueDate ?? d.to;
  if (e.type === "due-date-changed") out.push(m.dueNow(typeof due === "string" && /^\d{4}-\d{2}-\d{2}$/.test(due) ? formatDay(due, locale) : "–"));
  return out;
}

export function CaseTimeline({ c, catalogue, locale }: { c: StaffCase; catalogue: CatalogueSnapshot; locale: Locale }) {
  const m = caseMessages.in(locale);
  const visibility = { internal: m.internal, citizen: m.forCitizen, public: m.publicEntry } as const;
  return (
    <ol class="kern-list st-timeline">
      {[...c.timeline].reverse().map((e) => {
        const author = e.author.name ?? (e.author.kind === "citizen" || e.author.kind === "anonymous" ? m.citizen : e.author.kind === "system" ? m.system : null);
        return (
          <li class={`st-timeline__entry st-timeline__entry--${e.visibility}`} id={`eintrag-${e.seq}`}>
            <h3 class="kern-heading-small">
              {m.entry[e.type] ?? e.type}{" "}
              <span class={`kern-badge kern-badge--${e.visibility === "internal" ? "warning" : "info"}`}>{visibility[e.visibility]}</span>
            </h3>
            <p class="kern-body st-muted">
              {formatDate(e.createdAt, locale, { dateStyle: "medium", timeStyle: "short" })}
              {author ? ` · ${m.by(author)}` : null}
            </p>
            {facts(e, c, catalogue, locale).map((f) => (
              <p class="kern-body">{f}</p>
            ))}
            {e.body ? <Paragraphs text={e.body} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
