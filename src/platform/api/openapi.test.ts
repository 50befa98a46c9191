// openapi.json on the real app: valid OpenAPI 3.1, every operation listed, every $ref resolves.
import SwaggerParser from "@apidevtools/swagger-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t.close());

type Doc = {
  openapi: string;
  info: { title: string; version: string };
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, { operationId: string; summary: string; parameters: Array<Record<string, unknown>>; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown>; parameters: Record<string, unknown> };
};

async function openapi(query = ""): Promise<Doc> {
  const res = await t.app.inject({ url: `/api/v1/openapi.json${query}` });
  expect(res.statusCode).toBe(200);
  expect(res.headers["content-type"]).toContain("application/json");
  return res.json() as Doc;
}

function refsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

function pointer(doc: unknown, ref: string): unknown {
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined), doc);
}

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document titled Stadttor API, served for our public URL", async () => {
    const doc = await openapi();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("Stadttor API");
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.servers).toEqual([{ url: `${t.config.publicUrl}/api/v1` }]);
  });

  it("lists every operation with a unique operationId", async () => {
    const doc = await openapi();
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => `${method} ${path} ${op.operationId}`));
    expect(ops).toEqual(expect.arrayContaining(["get /services listServices", "get /services/{id} getService"]));
    const ids = ops.map((o) => o.split(" ")[2]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // The validator checks these two only for Swagger 2.0, so we check them ourselves.
  it("declares every {name} of a path as a required path parameter", async () => {
    const doc = await openapi();
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const op of Object.values(methods)) {
        for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
          expect(op.parameters, `${path} {${name}}`).toContainEqual(expect.objectContaining({ name, in: "path", required: true }));
        }
      }
    }
  });

  it("resolves every $ref inside the document, and 4xx responses use the one error schema", async () => {
    const doc = await openapi();
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref.startsWith("#/"), ref).toBe(true);
      expect(pointer(doc, ref), ref).toBeDefined();
    }
    const get = doc.paths["/services/{id}"]!.get!;
    expect(get.responses["404"]).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
    expect(get.responses["400"]).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
    expect(doc.components.schemas.Error).toMatchObject({ type: "object", required: ["error", "message"] });
  });

  it("passes the OpenAPI 3.1 structural validator", async () => {
    const doc = await openapi();
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it("describes query parameters from the zod schema (input side: defaults are optional)", async () => {
    const doc = await openapi();
    const params = doc.paths["/services"]!.get!.parameters;
    const limit = params.find((p) => p.name === "limit");
    expect(limit).toMatchObject({ in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } });
    expect(params).toContainEqual({ $ref: "#/components/parameters/lang" });
    const id = doc.paths["/services/{id}"]!.get!.parameters.find((p) => p.name === "id");
    expect(id).toMatchObject({ in: "path", required: true });
  });

  it("leaves response schemas open, so fields added within v1 do not break generated clients", async () => {
    const doc = await openapi();
    expect(JSON.stringify(doc.components.schemas)).not.toContain('"additionalProperties":false');
  });

  it("speaks the request's language: German by default, English with ?lang=en", async () => {
    const de = await openapi();
    const en = await openapi("?lang=en");
    expect(de.paths["/services"]!.get!.summary).toBe("Leistungen suchen oder auflisten");
    expect(en.paths["/services"]!.get!.summary).toBe("Search or list services");
  });

  it("answers 404 as JSON for a version that has no operations", async () => {
    const res = await t.app.inject({ url: "/api/v9/openapi.json" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: "not_found" });
  });
});
