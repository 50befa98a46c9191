// Problems found in a catalogue file, each with the JSON path where the fix goes
// (`services[12].leikaKey: must be 14 digits starting with 99`), so an editor can go straight to it.
import type { z } from "zod";

export interface ImportProblem {
  /** Where in the file, e.g. `services[12].leikaKey`; empty for the file as a whole. */
  path: string;
  message: string;
}

export type JsonPath = readonly PropertyKey[];

/** `["services", 12, "leikaKey"]` → `services[12].leikaKey`; keys that are not identifiers are quoted. */
export function formatPath(path: JsonPath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out === "" ? String(key) : `.${String(key)}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function problem(path: JsonPath, message: string): ImportProblem {
  return { path: formatPath(path), message };
}

const typeNames: Record<string, string> = {
  array: "a list", object: "an object", int: "a whole number", number: "a number", string: "a text", boolean: "true or false",
};

/** Shorter, path-oriented wording than zod's defaults for the issues editors meet most. */
export const importErrorMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") {
    return issue.input === undefined ? "is required" : `must be ${typeNames[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === "invalid_value" && issue.values.length > 1) return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue.code === "too_big" || issue.code === "too_small") {
    const limit = `${issue.code === "too_big" ? "at most" : "at least"} ${String(issue.code === "too_big" ? issue.maximum : issue.minimum)}`;
    if (issue.origin === "string") return `must have ${limit} characters`;
    if (issue.origin === "array") return `must have ${limit} entries`;
    return `must be ${limit}`;
  }
  return undefined;
};

/** Turns zod's issues into problems below `prefix` (the entry's place in the file). */
export function problemsFromZod(error: z.ZodError, prefix: JsonPath): ImportProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => problem([...prefix, ...issue.path, key], "unknown field (misspelt?)"))
      : [problem([...prefix, ...issue.path], issue.message)],
  );
}

/** One problem per line, in file order as found. */
export function formatProblems(problems: readonly ImportProblem[]): string[] {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
}
