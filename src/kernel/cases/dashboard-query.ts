// A department's figures for its dashboard: open cases by state, overdue cases, and the median times to
// the first response and to closure over a recent window. Medians, not means: one case forgotten for a
// year should not hide that most are answered in a day.
import { sql } from "kysely";
import { can, type Actor } from "../identity/index.ts";
import type { Executor } from "../../platform/db/index.ts";
import { berlinDate } from "./calendar/index.ts";

export interface DepartmentFigures {
  departmentId: string;
  days: number;
  openByState: Record<string, number>;
  open: number;
  /** Open, not waiting for the citizen, due date before today (Berlin). */
  overdue: number;
  unassigned: number;
  /** Opened within the window. */
  opened: number;
  /** Closed within the window. */
  closed: number;
  /** Median hours from opening to the first response, for cases opened within the window; null without any. */
  medianHoursToFirstResponse: number | null;
  /** Median hours from opening to closure, for cases closed within the window; null without any. */
  medianHoursToClosure: number | null;
}

export const dashboardWindows = [30, 90] as const;

/** undefined when the actor may not see this department's figures (the page answers 404). */
export async function departmentFigures(db: Executor, actor: Actor, departmentId: string, days: number, now = new Date()): Promise<DepartmentFigures | undefined> {
  if (!can(actor, "case.dashboard", { departmentId })) return undefined;
  const since = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  const today = berlinDate(now);
  const ofDepartment = db.selectFrom("cases.case").where("department_id", "=", departmentId);

  const [byState, open, window] = await Promise.all([
    ofDepartment
      .where("is_open", "=", true)
      .select(["state", (eb) => eb.fn.countAll<string>().as("n")])
      .groupBy("state")
      .execute(),
    ofDepartment
      .where("is_open", "=", true)
      .select([
        sql<string>`count(*) filter (where paused_at is null and due_date < ${today})`.as("overdue"),
        sql<string>`count(*) filter (where assignee_id is null)`.as("unassigned"),
      ])
      .executeTakeFirstOrThrow(),
    ofDepartment
      .where((eb) => eb.or([eb("opened_at", ">=", since), eb("closed_at", ">=", since)]))
      .select([
        sql<string>`count(*) filter (where opened_at >= ${since})`.as("opened"),
        sql<string>`count(*) filter (where closed_at >= ${since})`.as("closed"),
        sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from first_response_at - opened_at)) filter (where opened_at >= ${since} and first_response_at is not null)`.as("first_response"),
        sql<number | null>`percentile_cont(0.5) within group (order by extract(epoch from closed_at - opened_at)) filter (where closed_at >= ${since})`.as("closure"),
      ])
      .executeTakeFirstOrThrow(),
  ]);

  const openByState = Object.fromEntries(byState.map((r) => [r.state, Number(r.n)]));
  const hours = (seconds: number | string | null) => (seconds === null ? null : Math.round((Number(seconds) / 3600) * 10) / 10);
  return {
    departmentId,
    days,
    openByState,
    open: Object.values(openByState).reduce((a, b) => a + b, 0),
    overdue: Number(open.overdue),
    unassigned: Number(open.unassigned),
    opened: Number(window.opened),
    closed: Number(window.closed),
    medianHoursToFirstResponse: hours(window.first_response),
    medianHoursToClosure: hours(window.closure),
  };
}
