// Pages reached through a case's secret link are keys: never indexed, never sent on as a referrer.
import type { FastifyReply } from "fastify";

export function markSecretPage(reply: FastifyReply): void {
  reply.header("referrer-policy", "no-referrer").header("x-robots-tag", "noindex, nofollow");
}
