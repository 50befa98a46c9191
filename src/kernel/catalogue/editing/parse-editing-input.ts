// Checks an editing use case's input without throwing: a request no editor's form sends becomes a refusal
// the routes answer with 404, 400 or the form's own errors, never a 500.
import type { z } from "zod";
import { problem } from "../import-problems.ts";
import type { EditingRefusal } from "./editing-result.ts";

export function parseEditingInput<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | EditingRefusal {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues;
  // No entry can have a kind or an id that fails the schema: there is nothing to find.
  if (issues.some((i) => i.path[0] === "kind" || i.path[0] === "id")) return { ok: false, reason: "not-found" };
  // The entry itself (a new entry's id): reported like the import's problems, with paths inside the entry.
  if (issues.every((i) => i.path[0] === "content")) return { ok: false, reason: "invalid", problems: issues.map((i) => problem(i.path.slice(1), i.message)) };
  return { ok: false, reason: "bad-request" };
}
