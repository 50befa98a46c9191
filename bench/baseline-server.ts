// The yardstick for every scenario: a bare Fastify "hello world" on the same Node, logger off.
// Ratios against it, measured in the same run, cancel out how fast the machine happens to be today.
import Fastify from "fastify";

const port = Number(process.env.PORT ?? "0");
const host = process.env.HOST ?? "127.0.0.1";

const app = Fastify({ logger: false });
app.get("/", async () => ({ hello: "world" }));

// The bench stops us with SIGTERM; exit promptly so a run never leaves a server behind.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    void app.close().finally(() => process.exit(0));
  });
}

await app.listen({ host, port });
console.log(`baseline listening on http://${host}:${(app.server.address() as { port: number }).port}`);
