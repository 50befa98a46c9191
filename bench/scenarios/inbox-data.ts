// Helper of scenario "inbox": fills a migrated, demo-seeded database with N realistic cases in a few
// set-based statements (generate_series, no round trip per case), so the inbox can be measured at 100,000.
import { sql } from "kysely";
import { registerCaseKind, type CaseKindDefinition } from "../../src/kernel/cases/index.ts";
import { inTransaction, type Db } from "../../src/platform/db/index.ts";

export const description = "helper of inbox (the 100,000-case data generator); run inbox instead";
export const usage = "npm run bench -- inbox";

export async function run(): Promise<number> {
  console.log(`This file fills the database for ${usage}.`);
  return 0;
}

const t = (de: string, en: string) => ({ de, en });

/** Categories of each bench kind, each with three typical subjects for titles. */
const kinds = [
  {
    id: "bench.issue-report",
    prefix: "M",
    label: t("Mängelmeldung", "Issue report"),
    dueDays: 21,
    categories: {
      road: ["Schlagloch", "Abgesenkter Gehweg", "Beschädigter Bordstein"],
      lighting: ["Straßenlaterne defekt", "Laterne flackert", "Ampel ausgefallen"],
      waste: ["Wilder Müll", "Überfüllter Papierkorb", "Sperrmüll am Straßenrand"],
      graffiti: ["Graffiti an Hauswand", "Schmiererei an Bushaltestelle", "Aufkleber an Verkehrsschild"],
      trees: ["Umgestürzter Baum", "Ast hängt über Radweg", "Hecke versperrt Sicht"],
      parking: ["Falschparker auf Radweg", "Schrottfahrrad abgestellt", "Auto ohne Kennzeichen"],
    },
  },
  {
    id: "bench.enquiry",
    prefix: "A",
    label: t("Anfrage", "Enquiry"),
    dueDays: 14,
    categories: {
      documents: ["Frage zum Personalausweis", "Reisepass verloren", "Führungszeugnis beantragen"],
      residence: ["Anmeldung des Wohnsitzes", "Meldebescheinigung", "Ummeldung nach Umzug"],
      vehicles: ["Kfz-Zulassung", "Anwohnerparkausweis", "Abmeldung Fahrzeug"],
      building: ["Stand des Bauantrags", "Baugenehmigung Garage", "Baustelle Lärm"],
      taxes: ["Hundesteuer Bescheid", "Grundsteuer Frage", "Gewerbesteuer Stundung"],
    },
  },
  {
    id: "bench.complaint",
    prefix: "B",
    label: t("Beschwerde", "Complaint"),
    dueDays: 28,
    categories: {
      "waiting-time": ["Lange Wartezeit im Bürgerbüro", "Kein Termin frei", "Warteschlange am Schalter"],
      conduct: ["Unfreundliche Behandlung", "Falsche Auskunft erhalten", "Beschwerde über Mitarbeiter"],
      fees: ["Gebührenbescheid unklar", "Mahnung trotz Zahlung", "Gebühr zu hoch"],
      response: ["Keine Antwort erhalten", "Termin abgesagt", "Unterlagen verloren"],
    },
  },
] as const;

const streets = ["Leopoldstraße", "Sonnenstraße", "Lindwurmstraße", "Landsberger Straße", "Rosenheimer Straße", "Dachauer Straße", "Schleißheimer Straße", "Ungererstraße", "Fraunhoferstraße", "Belgradstraße", "Tegernseer Landstraße", "Wasserburger Landstraße", "Fürstenrieder Straße", "Plinganserstraße", "Ingolstädter Straße", "Kapuzinerstraße", "Hohenzollernstraße", "Nymphenburger Straße", "Arnulfstraße", "Bodenseestraße", "Zweibrückenstraße", "Balanstraße", "Orleansstraße", "Karlstraße", "Elisabethstraße", "Donnersbergerstraße", "Implerstraße", "Truderinger Straße", "Grünwalder Straße", "Agnes-Bernauer-Straße"];
const districts = ["Pasing", "Schwabing", "Giesing", "Sendling", "Bogenhausen", "Moosach", "Laim", "Trudering", "Neuhausen", "Milbertshofen", "Haidhausen", "Ramersdorf", "Maxvorstadt", "Au", "Berg am Laim", "Hadern", "Feldmoching", "Aubing", "Obermenzing", "Thalkirchen"];
const sentences = ["Das Problem besteht seit mehreren Wochen.", "Bitte kümmern Sie sich schnell darum.", "Ich habe bereits telefonisch nachgefragt.", "Kinder gehen hier täglich zur Schule.", "Nachts ist die Stelle kaum zu sehen.", "Radfahrer müssen auf die Fahrbahn ausweichen.", "Ein Foto kann ich nachreichen.", "Die Nachbarn haben das auch bemerkt.", "Bei Regen wird es noch schlimmer.", "Ältere Menschen stürzen hier leicht.", "Ich bitte um eine kurze Rückmeldung.", "Die Unterlagen habe ich per Post geschickt.", "Der Termin wurde zweimal verschoben.", "Auf meine E-Mail kam keine Antwort.", "Ich benötige die Bescheinigung für meinen Arbeitgeber.", "Die Gebühr ist mir nicht nachvollziehbar.", "Vielen Dank für Ihre Hilfe.", "Der Bus kann an der Haltestelle nicht halten.", "Es riecht stark und zieht Ratten an.", "Die Beschilderung ist widersprüchlich.", "Mein Nachbar hat das schon einmal gemeldet.", "Ich wohne seit Januar in München.", "Das Fahrzeug steht dort seit Monaten.", "Die Baustelle beginnt jeden Tag um sechs Uhr."];
const notes = ["Vor Ort geprüft, Auftrag an Bauhof erteilt.", "Rücksprache mit Bezirksinspektion gehalten.", "Unterlagen unvollständig, Nachforderung vorbereitet.", "Zuständigkeit geklärt, bleibt bei uns.", "Wiedervorlage in zwei Wochen.", "Schaden fotografiert und dokumentiert."];
const updates = ["Wir haben den Schaden begutachtet und die Reparatur beauftragt.", "Die Stelle wurde gereinigt.", "Ihr Anliegen ist in Bearbeitung, wir melden uns.", "Die Reparatur ist abgeschlossen.", "Wir haben die Angelegenheit an die zuständige Stelle weitergegeben."];

const t2 = (s: string) => ({ label: t(s, s), open: true, public: true });

/** The bench's kinds, registered so that labels and state definitions resolve like a component's would. */
export const benchKinds: CaseKindDefinition[] = kinds.map((k) => ({
  id: k.id,
  referencePrefix: k.prefix,
  label: k.label,
  initialState: "received",
  states: {
    received: { ...t2("Eingegangen"), public: false, tone: "info" },
    "in-progress": { ...t2("In Bearbeitung"), tone: "info" },
    "waiting-for-citizen": { ...t2("Rückfrage"), pausesClock: true, tone: "warning" },
    done: { ...t2("Erledigt"), open: false, tone: "success" },
    rejected: { ...t2("Abgelehnt"), open: false, public: false, tone: "danger" },
  },
  transitions: [
    { action: "start", from: ["received"], to: "in-progress", label: t("Bearbeitung beginnen", "Start") },
    { action: "ask", from: ["in-progress"], to: "waiting-for-citizen", label: t("Rückfrage stellen", "Ask"), requiresComment: true },
    { action: "resume", from: ["waiting-for-citizen"], to: "in-progress", label: t("Weiter bearbeiten", "Resume") },
    { action: "close", from: ["received", "in-progress", "waiting-for-citizen"], to: "done", label: t("Abschließen", "Close") },
    { action: "reject", from: ["received", "in-progress"], to: "rejected", label: t("Ablehnen", "Reject"), requiresComment: true },
  ],
  categories: Object.keys(k.categories).map((id) => ({ id, label: t(id, id) })),
  departmentFor: () => "kvr",
  dueInWorkingDays: () => 10,
}));

export function registerBenchKinds(): void {
  for (const kind of benchKinds) registerCaseKind(kind);
}

/** Words that full-text queries of the bench look for (each occurs in a few percent of the cases). */
export const searchWords = { subject: "Schlagloch", street: "Leopoldstraße", twoWords: "Laterne flackert", rare: "Schrottfahrrad Pasing" };

export interface FillResult {
  cases: number;
  timelineEntries: number;
  citizens: number;
  byDepartment: Record<string, number>;
  openShare: number;
  ms: number;
}

/** A `case kind when … then array[…]` expression choosing from per-kind lists by index expression `ix` (1-based). */
function perKind(pick: (k: (typeof kinds)[number]) => readonly string[], ix: (n: number) => string) {
  const arms = kinds.map((k) => {
    const list = pick(k);
    return sql`when ${k.id} then (${sql.val(list)}::text[])[${sql.raw(ix(list.length))}]`;
  });
  return sql`case kind ${sql.join(arms, sql` `)} end`;
}

/**
 * Inserts `count` cases (and 1–6 timeline entries each) in one transaction with a fixed random seed, so two
 * runs build the same data. Departments are skewed (KVR and Baureferat large), about 15 % of the cases open
 * and recent, the rest closed over two years; the demo staff are the assignees. No VACUUM or ANALYZE: the
 * caller decides (PGlite never runs either by itself).
 */
export async function fillInbox(db: Db, count: number, options: { citizens?: number; log?: (step: string) => void } = {}): Promise<FillResult> {
  const citizens = options.citizens ?? 2000;
  let last = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    options.log?.(`${name} ${((now - last) / 1000).toFixed(1)} s`);
    last = now;
  };
  const started = performance.now();
  const staff = await db
    .selectFrom("identity.account as a")
    .innerJoin("identity.role_grant as g", "g.account_id", "a.id")
    .select(["a.id", "a.display_name", "g.department_id"])
    .where("g.role", "=", "staff")
    .orderBy("a.email")
    .execute();
  const ids = (dept: string) => staff.filter((s) => s.department_id === dept).map((s) => s.id);
  const kvr = ids("kvr");
  const bau = ids("bau");
  if (kvr.length === 0 || bau.length === 0) throw new Error("the demo seed has no KVR or Baureferat staff: seed first");
  const names = Object.fromEntries(staff.map((s) => [s.id, s.display_name]));

  await inTransaction(db, async (tx) => {
    await sql`select setseed(0.2026)`.execute(tx);
    // The rows are consistent by construction: skip the per-row foreign-key triggers (needs a superuser,
    // which PGlite and the bench's admin connection are); the constraint checks and indexes still apply.
    const su = await sql<{ su: boolean }>`select rolsuper as su from pg_roles where rolname = current_user`.execute(tx);
    if (su.rows[0]?.su) await sql`set local session_replication_role = replica`.execute(tx);
    await sql`create temp table bench_citizen on commit drop as
      with made as (
        insert into identity.account (kind, email, display_name, email_confirmed_at, preferred_language)
        select 'citizen', 'buerger' || i || '@bench.example', 'Bürger ' || i, now(), 'de' from generate_series(1, ${citizens}) i
        returning id)
      select row_number() over () as n, id from made`.execute(tx);
    await sql`create temp table bench_gen on commit drop as
      select i, random() as r_dept, random() as r_kind, random() as r_state, random() as r_cat, random() as r_prio,
             random() as r_assign, random() as r_age, random() as r_w1, random() as r_w2, random() as r_w3,
             random() as r_w4, random() as r_tl, random() as r_contact
      from generate_series(1, ${count}) i`.execute(tx);
    // Step 1: department, kind, state, when.
    await sql`create temp table bench_base on commit drop as
      select g.*, gen_random_uuid() as id,
        case when r_dept < 0.38 then 'kvr' when r_dept < 0.68 then 'bau' when r_dept < 0.78 then 'mor'
             when r_dept < 0.86 then 'awm' when r_dept < 0.92 then 'rku' when r_dept < 0.96 then 'plan' else 'ska' end as department_id,
        case when r_kind < 0.55 then 'bench.issue-report' when r_kind < 0.80 then 'bench.enquiry' else 'bench.complaint' end as kind,
        case when r_state < 0.05 then 'received' when r_state < 0.12 then 'in-progress' when r_state < 0.15 then 'waiting-for-citizen'
             when r_state < 0.90 then 'done' else 'rejected' end as state,
        r_state < 0.15 as is_open,
        -- Open cases are mostly recent (85 % within 25 days), a few drag on; closed ones spread over two years.
        date_trunc('second', now() - case
          when r_state >= 0.15 then r_age * interval '730 days'
          when r_age < 0.85 then (r_age / 0.85) * interval '25 days'
          else interval '25 days' + ((r_age - 0.85) / 0.15) * interval '340 days' end) as opened_at
      from bench_gen g`.execute(tx);
    const cats = perKind((k) => Object.keys(k.categories), (n) => `1 + floor(r_cat * ${n})::int`);
    const subjects = perKind((k) => Object.values(k.categories).flat(), (n) => `1 + floor(r_cat * ${n / 3})::int * 3 + floor(r_w1 * 3)::int`);
    const prefix = perKind((k) => [k.prefix], () => "1");
    const dueDays = perKind((k) => [String(k.dueDays)], () => "1");
    const pick = (list: readonly string[], r: string) => sql`(${sql.val(list)}::text[])[1 + floor(${sql.raw(r)} * ${list.length})::int]`;
    step("generated");
    // Step 2: everything else of a case, still outside the real table.
    await sql`create temp table bench_case on commit drop as
      select b.*,
        ${cats} as category,
        ${subjects} || ', ' || ${pick(streets, "r_w2")} || ' ' || (1 + floor(r_w3 * 140))::int || ', ' || ${pick(districts, "r_w4")} as title,
        ${pick(sentences, "r_w2")} || ' ' || ${pick(sentences, "r_w3")} || ' ' || ${pick(sentences, "r_w4")} || ' ' || ${pick(sentences, "r_w1")} as description,
        case when r_assign >= (case when is_open then 0.6 else 0.95 end) then null
             when department_id = 'kvr' then (${kvr}::uuid[])[1 + floor(r_assign / (case when is_open then 0.6 else 0.95 end) * ${kvr.length})::int]
             when department_id = 'bau' then (${bau}::uuid[])[1 + floor(r_assign / (case when is_open then 0.6 else 0.95 end) * ${bau.length})::int]
        end as assignee_id,
        case when r_prio < 0.10 then 'low' when r_prio < 0.80 then 'normal' when r_prio < 0.95 then 'high' else 'urgent' end as priority,
        case when r_contact < 0.60 then cz.ids[1 + (b.i % ${citizens})::int] end as account_id,
        case when r_contact >= 0.60 and r_contact < 0.95 then 'buerger' || i || '@example.org' end as contact_email,
        to_char((opened_at at time zone 'Europe/Berlin')::date + ${dueDays}::int, 'YYYY-MM-DD') as due_date,
        case when not is_open then least(now(), opened_at + (1 + r_w4 * 40) * interval '1 day') end as closed_at,
        case when state <> 'received' then least(now(), opened_at + r_w3 * interval '5 days') end as first_response_at,
        case when state = 'waiting-for-citizen' then least(now(), opened_at + interval '3 days') end as paused_at,
        ${prefix} as prefix,
        extract(year from opened_at at time zone 'Europe/Berlin')::int as year,
        1 + floor(r_tl * 6)::int as entries
      from bench_base b cross join (select array_agg(id order by n) as ids from bench_citizen) cz`.execute(tx);
    step("prepared");
    await sql`insert into cases.case (id, reference, kind, state, is_open, title, description, category, department_id, assignee_id,
        priority, account_id, contact_email, contact_locale, is_public, opened_at, first_response_at, closed_at, due_date, paused_at, version, updated_at,
        awaiting_staff_since)
      select c.id,
        c.prefix || '-' || c.year || '-' || lpad((coalesce(rc.last_number, 0) + row_number() over (partition by c.year order by c.opened_at, c.i))::text, 6, '0'),
        c.kind, c.state, c.is_open, c.title, c.description, c.category, c.department_id, c.assignee_id, c.priority, c.account_id,
        c.contact_email, case when c.r_w1 < 0.08 then 'en' else 'de' end, c.kind = 'bench.issue-report' and c.r_w2 < 0.5,
        c.opened_at, c.first_response_at, c.closed_at, c.due_date, c.paused_at, c.entries,
        coalesce(c.closed_at, c.opened_at + c.r_w4 * (now() - c.opened_at)),
        -- "Neue Antwort": a few open cases in progress where the citizen wrote last.
        case when c.state = 'in-progress' and c.r_w3 < 0.3 then c.opened_at + (now() - c.opened_at) * c.r_w2 end
      from bench_case c left join cases.reference_counter rc on rc.year = c.year
      -- In opening order, as a real table grows: the recent (mostly open) cases share the newest pages.
      order by c.opened_at, c.i`.execute(tx);
    step("cases");
    await sql`insert into cases.reference_counter (year, last_number)
      select year, count(*) + coalesce((select last_number from cases.reference_counter r where r.year = c.year), 0) from bench_case c group by year
      on conflict (year) do update set last_number = excluded.last_number`.execute(tx);
    await sql`insert into cases.pause (case_id, started_at) select id, paused_at from bench_case where paused_at is not null`.execute(tx);
    // 1–6 entries per case: created, assigned, internal note, state change, public update, message.
    await sql`insert into cases.timeline_entry (case_id, seq, type, visibility, author_kind, author_id, author_name, department_id, body, from_state, to_state, detail, created_at)
      select c.id, s, e.type, e.visibility,
        case when s = 1 then (case when c.account_id is null then 'anonymous' else 'citizen' end) else 'staff' end,
        case when s = 1 then c.account_id else c.assignee_id end,
        case when s > 1 then coalesce((${JSON.stringify(names)}::jsonb) ->> c.assignee_id::text, 'Sachbearbeitung') end,
        c.department_id,
        case e.type when 'internal-note' then ${pick(notes, "c.r_w3")} when 'public-update' then ${pick(updates, "c.r_w2")}
                    when 'message-to-citizen' then ${pick(sentences, "c.r_w1")} end,
        case when e.type = 'state-changed' then 'received' end,
        case when e.type = 'created' then 'received' when e.type = 'state-changed' then c.state end,
        case when e.type = 'assigned' then jsonb_build_object('assigneeId', c.assignee_id) else '{}'::jsonb end,
        c.opened_at + (s - 1) * (coalesce(c.closed_at, now()) - c.opened_at) / 6 as created_at
      from bench_case c
      cross join lateral generate_series(1, c.entries) s
      join (values (1, 'created', 'public'), (2, 'assigned', 'internal'), (3, 'internal-note', 'internal'), (4, 'state-changed', 'public'),
                   (5, 'public-update', 'public'), (6, 'message-to-citizen', 'citizen')) e(seq, type, visibility) on e.seq = s
      order by created_at`.execute(tx);
    step("timeline");
  });

  const figures = await sql<{ department_id: string; n: string; open: string }>`
    select department_id, count(*) as n, count(*) filter (where is_open) as open from cases.case group by department_id order by count(*) desc`.execute(db);
  const entries = await sql<{ n: string }>`select count(*) as n from cases.timeline_entry`.execute(db);
  const total = figures.rows.reduce((a, r) => a + Number(r.n), 0);
  return {
    cases: total,
    timelineEntries: Number(entries.rows[0]!.n),
    citizens,
    byDepartment: Object.fromEntries(figures.rows.map((r) => [r.department_id, Number(r.n)])),
    openShare: figures.rows.reduce((a, r) => a + Number(r.open), 0) / Math.max(1, total),
    ms: performance.now() - started,
  };
}
