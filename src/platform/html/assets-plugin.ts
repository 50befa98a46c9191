// Serves KERN UX (CSS and fonts) and our own CSS/JS from our origin: no CDN, so the strict CSP holds
// and no third party learns who visits. URLs carry a version, so browsers may keep them a year.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

const require = createRequire(import.meta.url);
const kernDist = join(dirname(require.resolve("@kern-ux/native/package.json")), "dist");
const ownAssets = fileURLToPath(new URL("./assets", import.meta.url));
const { version: kernVersion } = require("@kern-ux/native/package.json") as { version: string };
const { version: appVersion } = require("../../../package.json") as { version: string };

export const assetVersion = `${appVersion}-${kernVersion}`;

export async function assetsPlugin(app: FastifyInstance): Promise<void> {
  const cacheControl = (res: { setHeader(n: string, v: string): void }) => {
    res.setHeader("cache-control", "public, max-age=31536000, immutable");
  };
  await app.register(fastifyStatic, {
    root: kernDist,
    prefix: "/assets/kern/",
    allowedPath: (path) => /\.(css|woff2?)$/.test(path),
    cacheControl: false,
    setHeaders: cacheControl,
    decorateReply: false,
  });
  await app.register(fastifyStatic, {
    root: ownAssets,
    prefix: "/assets/",
    cacheControl: false,
    setHeaders: cacheControl,
    decorateReply: false,
  });
}
