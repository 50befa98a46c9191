// A case's timeline as the citizen or the public reads it. What an audience may see was decided by
// kernel/cases (readTimeline); this only words it: staff appear as their department, never by name.
import type { TimelineEntry } from "../../kernel/cases/index.ts";
import { usePage } from "../../platform/html/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { citizenState } from "./case-texts.ts";
import { caseMessages } from "./messages.ts";

const dateTime: Intl.DateTimeFormatOptions = { dateStyle: "long", timeStyle: "short" };

/** Text as written: paragraphs at blank lines, line breaks kept, everything escaped by preact, no links made. */
export function PlainText({ text }: { text: string }) {
  return (
    <div class="st-message-body">
      {text.split(/\n{2,}/).map((paragraph) => (
        <p class="kern-body">
          {paragraph.split("\n").map((line, i) => (
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

export interface CaseTimelineProps {
  kind: string;
  entries: TimelineEntry[];
  audience: "citizen" | "public";
  departmentName(id: string): string;
}

function headline(entry: TimelineEntry, props: CaseTimelineProps, m: ReturnType<typeof caseMessages.in>, locale: "de" | "en"): string {
  if (entry.type === "state-changed" && entry.toState) return m.stateNow(citizenState(props.kind, entry.toState, locale).label);
  if (entry.type === "reassigned" && typeof entry.detail.toDepartmentId === "string") return m.reassignedTo(props.departmentName(entry.detail.toDepartmentId));
  return m.entry[entry.type] ?? entry.type;
}

function author(entry: TimelineEntry, props: CaseTimelineProps, m: ReturnType<typeof caseMessages.in>): string {
  if (entry.author.kind === "staff" || entry.author.kind === "system") return props.departmentName(entry.departmentId);
  return props.audience === "citizen" ? m.byYou : m.byCitizen;
}

export function CaseTimeline(props: CaseTimelineProps) {
  const { locale } = usePage();
  const m = caseMessages.in(locale);
  if (props.entries.length === 0) return <p class="kern-body">{m.timelineEmpty}</p>;
  return (
    <ol class="st-timeline">
      {props.entries.map((entry) => (
        <li class="st-timeline__entry" data-entry={entry.type}>
          <h3 class="kern-heading-small">{headline(entry, props, m, locale)}</h3>
          <p class="kern-body st-muted">
            <time datetime={entry.createdAt.toISOString()}>{formatDate(entry.createdAt, locale, dateTime)}</time> · {author(entry, props, m)}
          </p>
          {/* The citizen's own first message is shown once, above the timeline, not again here. */}
          {entry.body && entry.type !== "created" ? <PlainText text={entry.body} /> : null}
        </li>
      ))}
    </ol>
  );
}
