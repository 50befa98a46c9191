// /verwaltung/vorgaenge/kennzahlen: a department's figures for its staff (case.dashboard); a department the
// actor may not see answers 404, like a case of another department.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { dashboardWindows, departmentFigures } from "../../kernel/cases/index.ts";
import { staffOf } from "../guard.ts";
import type { BackofficeOptions } from "../options.ts";
import { readableDepartments } from "./case-labels.tsx";
import { DashboardPage } from "./dashboard-page.tsx";

export async function dashboardRoutes(app: FastifyInstance, { db, catalogue }: BackofficeOptions): Promise<void> {
  app.get("/verwaltung/vorgaenge/kennzahlen", async (request, reply) => {
    const actor = staffOf(request);
    const snapshot = await catalogue.get();
    const departments = readableDepartments(actor, snapshot, "case.dashboard");
    if (departments.length === 0) return reply.sendError("forbidden", 403);
    const q = request.query as Record<string, string | undefined>;
    const departmentId = q.referat || departments[0]!;
    const days = dashboardWindows.find((d) => String(d) === q.zeitraum) ?? 30;
    const figures = await departmentFigures(db, actor, departmentId, days);
    if (!figures) return reply.sendError("notFound", 404);
    return reply.render(h(DashboardPage, { actor, catalogue: snapshot, figures, departments }));
  });
}
