// Plain-text tables for bench output: readable in a terminal, a CI log and pasted into Markdown.
import type { LoadResult } from "./load.ts";

export type Cell = string | number;

function format(cell: Cell): string {
  if (typeof cell === "string") return cell;
  return Number.isInteger(cell) ? cell.toLocaleString("en-US") : cell.toLocaleString("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}

/** Renders a Markdown-compatible table: text columns left-aligned, numbers right-aligned. */
export function formatTable(headers: string[], rows: Cell[][]): string {
  const cells = rows.map((row) => row.map(format));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === "number"));
  const line = (values: string[]) => "| " + values.map((v, i) => (numeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join(" | ") + " |";
  const rule = "|" + widths.map((w, i) => (numeric[i] ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|") + "|";
  return [line(headers), rule, ...cells.map(line)].join("\n");
}

export function printTable(headers: string[], rows: Cell[][]): void {
  console.log(formatTable(headers, rows));
}

export const loadHeaders = ["server", "requests/s", "p50 ms", "p99 ms", "errors", "non-2xx", "CPU µs/req"];

/** One row of `loadHeaders` for a measured server. */
export function loadRow(name: string, r: LoadResult): Cell[] {
  return [name, Math.round(r.rps), r.p50, r.p99, r.errors, r.non2xx, r.cpuUsPerRequest === undefined ? "–" : Math.round(r.cpuUsPerRequest)];
}

/** `part` as a percentage of `whole`, to one decimal. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}
