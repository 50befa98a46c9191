// The inbox's address: German query parameters (a filtered inbox is a link people bookmark and share)
// mapped to listInbox's filter and back.
import { inboxFilterInput, type InboxFilter, type InboxFilterInput, type InboxSort } from "../../kernel/cases/index.ts";

/** The filter form's fields as they appear in the URL. */
export interface InboxParams {
  referat: string;
  art: string;
  status: string;
  stand: string;
  kategorie: string;
  zustaendig: string;
  ueberfaellig: string;
  neu: string;
  von: string;
  bis: string;
  suche: string;
  sortierung: string;
  seite: string;
}

const statuses = { offen: "open", abgeschlossen: "closed", alle: "all" } as const;
const assignees = { mir: "me", niemand: "unassigned" } as const;
export const sortParams: Record<string, InboxSort> = { neueste: "opened", aelteste: "opened-asc", frist: "due", prioritaet: "priority", geaendert: "updated" };
// Which URL parameter a filter field's error belongs to.
const paramOf: Record<string, keyof InboxParams> = {
  departmentId: "referat",
  kind: "art",
  status: "status",
  state: "stand",
  category: "kategorie",
  assignee: "zustaendig",
  openedFrom: "von",
  openedTo: "bis",
  q: "suche",
  sort: "sortierung",
  page: "seite",
};

export function readParams(query: unknown): InboxParams {
  const q = (query && typeof query === "object" ? query : {}) as Record<string, unknown>;
  const s = (k: string) => (typeof q[k] === "string" ? (q[k] as string) : "");
  return {
    referat: s("referat"),
    art: s("art"),
    status: s("status") || "offen",
    stand: s("stand"),
    kategorie: s("kategorie"),
    zustaendig: s("zustaendig"),
    ueberfaellig: s("ueberfaellig"),
    neu: s("neu"),
    von: s("von"),
    bis: s("bis"),
    suche: s("suche"),
    sortierung: s("sortierung") || "neueste",
    seite: s("seite"),
  };
}

/** The filter for listInbox, or the names of the parameters that are wrong. */
export function filterOf(p: InboxParams, pageSize: number): { ok: true; filter: InboxFilter } | { ok: false; params: Array<keyof InboxParams> } {
  const input: Record<string, unknown> = {
    departmentId: p.referat,
    kind: p.art,
    status: statuses[p.status as keyof typeof statuses] ?? `?${p.status}`,
    state: p.stand,
    category: p.kategorie,
    assignee: assignees[p.zustaendig as keyof typeof assignees] ?? p.zustaendig,
    overdue: p.ueberfaellig,
    newReply: p.neu,
    openedFrom: p.von,
    openedTo: p.bis,
    q: p.suche,
    sort: sortParams[p.sortierung] ?? `?${p.sortierung}`,
    page: p.seite,
    pageSize,
  };
  const parsed = inboxFilterInput.safeParse(input as InboxFilterInput);
  if (parsed.success) return { ok: true, filter: parsed.data };
  return { ok: false, params: [...new Set(parsed.error.issues.map((i) => paramOf[String(i.path[0])] ?? "suche"))] };
}

/** The inbox URL for these parameters (empty ones left out), e.g. for page links. */
export function inboxHref(p: InboxParams, changes: Partial<InboxParams> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...p, ...changes })) if (v) params.set(k, v);
  const query = params.toString();
  return query ? `/verwaltung/vorgaenge?${query}` : "/verwaltung/vorgaenge";
}
