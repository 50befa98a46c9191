// The inbox and dashboard queries on a real database: scope (another department sees nothing, not even in
// counts or figures), filters, full text and reference search, paging, sorting, and overdue leaving out
// cases that wait for the citizen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { casePeople, type CasePeople } from "../../../test/support/cases.ts";
import { inTransaction, type Db } from "../../platform/db/index.ts";
import { changeCaseState, createCase, departmentFigures, listInbox } from "./index.ts";

let t: TestApp;
let db: Db;
let p: CasePeople;
const dept = "kvr";
const refs: Record<string, string> = {};
const ids: Record<string, string> = {};

async function make(name: string, input: { title: string; category?: string }, now?: Date) {
  const r = await inTransaction(db, (tx) => createCase(tx, p.deps, p.citizen, { kind: "test.request", description: "", category: "papers", ...input }, now));
  if (!r.ok) throw new Error("not created");
  refs[name] = r.reference;
  ids[name] = r.id;
  return r;
}

const act = (name: string, action: string, version: number, comment?: string) =>
  inTransaction(db, (tx) => changeCaseState(tx, p.deps, p.kvrStaff, { caseId: ids[name]!, action, expectedVersion: version, comment }));

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  db = t.database.db;
  p = await casePeople(t.app, db);
  // Demo cases of the seed would change the numbers: this file counts only its own.
  await db.deleteFrom("cases.case").execute();
  await make("passport", { title: "Reisepass verloren am Marienplatz" }, new Date("2026-10-01T08:00:00Z"));
  await make("idcard", { title: "Personalausweis abholen" }, new Date("2026-10-05T08:00:00Z"));
  await make("waiting", { title: "Führerschein umschreiben" }, new Date("2026-10-06T08:00:00Z"));
  await make("done", { title: "Meldebescheinigung" }, new Date("2026-10-07T08:00:00Z"));
  await make("road", { title: "Schlagloch in der Leopoldstraße", category: "road" }, new Date("2026-10-08T08:00:00Z"));
  await act("waiting", "start", 1);
  await act("waiting", "ask", 2, "Bitte schicken Sie eine Kopie.");
  await act("done", "close", 1);
  await db.updateTable("cases.case").set({ assignee_id: p.kvrStaff.id }).where("id", "=", ids.idcard!).execute();
  // Both were due long ago; only the one not waiting for the citizen is overdue.
  await db.updateTable("cases.case").set({ due_date: "2026-10-20" }).where("id", "in", [ids.passport!, ids.waiting!]).execute();
  await db.updateTable("cases.case").set({ due_date: "2026-12-31" }).where("id", "=", ids.idcard!).execute();
});
afterAll(() => t.close());

const refsOf = (page: { items: Array<{ reference: string }> }) => page.items.map((i) => i.reference);
const now = new Date("2026-11-02T10:00:00Z");

describe("listInbox", () => {
  it("shows staff only their department's cases, and counts only those", async () => {
    const kvr = await listInbox(db, p.kvrStaff, { departmentId: dept, status: "all" }, now);
    expect(refsOf(kvr)).toEqual(expect.arrayContaining([refs.passport, refs.idcard, refs.waiting, refs.done]));
    expect(refsOf(kvr)).not.toContain(refs.road);
    const bau = await listInbox(db, p.bauStaff, { status: "all" }, now);
    expect(refsOf(bau)).toContain(refs.road);
    expect(refsOf(bau)).not.toContain(refs.passport);
    expect(await listInbox(db, p.bauStaff, { departmentId: "kvr" }, now)).toMatchObject({ items: [], total: 0, countsByState: {} });
    expect(await listInbox(db, p.citizen, {}, now)).toMatchObject({ items: [], total: 0 });
    const admin = await listInbox(db, p.admin, { status: "all", pageSize: 100 }, now);
    expect(refsOf(admin)).toEqual(expect.arrayContaining([refs.passport, refs.road]));
  });

  it("filters by status and state, and counts per state for the other filters", async () => {
    const open = await listInbox(db, p.kvrStaff, { departmentId: dept }, now);
    expect(refsOf(open)).not.toContain(refs.done);
    expect(open.total).toBe(3);
    expect(open.countsByState).toEqual({ received: 2, "waiting-for-citizen": 1 });
    const closed = await listInbox(db, p.kvrStaff, { departmentId: dept, status: "closed" }, now);
    expect(refsOf(closed)).toEqual([refs.done]);
    const waiting = await listInbox(db, p.kvrStaff, { departmentId: dept, state: "waiting-for-citizen" }, now);
    expect(refsOf(waiting)).toEqual([refs.waiting]);
    expect(waiting.total).toBe(1);
    // A chosen state stands for itself: a closed state is found from the default "open" inbox too.
    const done = await listInbox(db, p.kvrStaff, { departmentId: dept, state: "done" }, now);
    expect(refsOf(done)).toEqual([refs.done]);
    expect(done.countsByState).toEqual({ done: 1 });
  });

  it("filters by assignee, category, kind and opening date", async () => {
    expect(refsOf(await listInbox(db, p.kvrStaff, { departmentId: dept, assignee: "me" }, now))).toEqual([refs.idcard]);
    expect(refsOf(await listInbox(db, p.kvrStaff, { departmentId: dept, assignee: "unassigned" }, now))).toEqual([refs.waiting, refs.passport]);
    expect(refsOf(await listInbox(db, p.admin, { category: "road", status: "all" }, now))).toContain(refs.road);
    expect((await listInbox(db, p.kvrStaff, { kind: "other.kind" }, now)).total).toBe(0);
    const october5to6 = await listInbox(db, p.kvrStaff, { departmentId: dept, openedFrom: "2026-10-05", openedTo: "2026-10-06" }, now);
    expect(refsOf(october5to6)).toEqual([refs.waiting, refs.idcard]);
  });

  it("finds by words in title and description, and by the reference as people type it", async () => {
    expect(refsOf(await listInbox(db, p.kvrStaff, { q: "Reisepass" }, now))).toEqual([refs.passport]);
    expect(refsOf(await listInbox(db, p.kvrStaff, { q: "reisepässe verloren" }, now))).toEqual([refs.passport]);
    expect(refsOf(await listInbox(db, p.kvrStaff, { q: "Reisepass Führerschein" }, now))).toEqual([]);
    const typed = refs.idcard!.toLowerCase().replace(/-0+/, "-");
    expect(refsOf(await listInbox(db, p.kvrStaff, { q: typed }, now))).toEqual([refs.idcard]);
    expect(refsOf(await listInbox(db, p.bauStaff, { q: refs.idcard! }, now))).toEqual([]);
  });

  it("finds cases with a citizen's reply nobody answered yet", async () => {
    await db.updateTable("cases.case").set({ awaiting_staff_since: new Date("2026-10-30T10:00:00Z") }).where("id", "=", ids.idcard!).execute();
    const replied = await listInbox(db, p.kvrStaff, { departmentId: dept, newReply: true }, now);
    expect(refsOf(replied)).toEqual([refs.idcard]);
    expect(replied.items[0]!.awaitingStaffSince).toEqual(new Date("2026-10-30T10:00:00Z"));
    await db.updateTable("cases.case").set({ awaiting_staff_since: null }).where("id", "=", ids.idcard!).execute();
  });

  it("counts a case as overdue only while the clock runs", async () => {
    const overdue = await listInbox(db, p.kvrStaff, { departmentId: dept, overdue: true }, now);
    expect(refsOf(overdue)).toEqual([refs.passport]);
  });

  it("pages and sorts", async () => {
    const first = await listInbox(db, p.kvrStaff, { departmentId: dept, status: "all", pageSize: 2, sort: "opened-asc" }, now);
    const second = await listInbox(db, p.kvrStaff, { departmentId: dept, status: "all", pageSize: 2, page: 2, sort: "opened-asc" }, now);
    expect(first.total).toBe(4);
    expect(refsOf(first)).toEqual([refs.passport, refs.idcard]);
    expect(refsOf(second)).toEqual([refs.waiting, refs.done]);
    const due = await listInbox(db, p.kvrStaff, { departmentId: dept, sort: "due" }, now);
    expect(refsOf(due)[0]).toBe(refs.passport);
  });

  it("reads form values: blanks are no filter, bad values are refused", async () => {
    expect((await listInbox(db, p.kvrStaff, { departmentId: dept, state: "", q: " ", overdue: "" as never, page: "" as never }, now)).total).toBe(3);
    await expect(listInbox(db, p.kvrStaff, { sort: "random" as never }, now)).rejects.toThrow();
  });
});

describe("departmentFigures", () => {
  it("gives the department's figures to its staff and nothing to another department", async () => {
    const figures = await departmentFigures(db, p.kvrStaff, dept, 90, now);
    expect(figures).toMatchObject({ open: 3, overdue: 1, openByState: { received: 2, "waiting-for-citizen": 1 }, unassigned: 2, opened: 4, closed: 1 });
    expect(figures!.medianHoursToFirstResponse).toBeGreaterThan(0);
    expect(figures!.medianHoursToClosure).toBeGreaterThan(0);
    expect(await departmentFigures(db, p.bauStaff, dept, 90, now)).toBeUndefined();
    expect(await departmentFigures(db, p.citizen, dept, 90, now)).toBeUndefined();
    const short = await departmentFigures(db, p.kvrStaff, dept, 30, new Date("2027-03-01T10:00:00Z"));
    expect(short).toMatchObject({ opened: 0, closed: 0, medianHoursToFirstResponse: null, medianHoursToClosure: null });
  });
});
