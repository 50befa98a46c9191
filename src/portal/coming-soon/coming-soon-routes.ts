// Registers a "coming soon" page for each announced area that no component serves yet.
import type { FastifyInstance } from "fastify";
import { h } from "preact";
import { ComingSoonPage } from "./coming-soon-page.tsx";
import { upcomingAreas } from "./upcoming-areas.ts";

export async function comingSoonRoutes(app: FastifyInstance): Promise<void> {
  for (const area of upcomingAreas) {
    // A component that serves the path itself is registered first and wins.
    if (app.hasRoute({ method: "GET", url: area.path })) continue;
    app.get(area.path, async (_request, reply) => reply.render(h(ComingSoonPage, { area })));
  }
}
