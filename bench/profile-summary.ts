// Reads a V8 .cpuprofile (from `npm run bench -- <scenario> --cpu-prof=DIR`) and prints where the time
// went: self time per function and per package, so a slow path is found without opening DevTools.
// Usage: npx tsx bench/profile-summary.ts DIR/CPU.….cpuprofile [top=25] [skip=seconds of start-up to ignore]
import { readFileSync } from "node:fs";
import { formatTable, percent } from "./lib/table.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Groups a script URL by what it belongs to: a package, our own source, or Node itself. */
export function owner(url: string): string {
  if (!url) return "(V8/native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  const own = /\/(src|bench)\/(.*)$/.exec(url);
  return own ? `${own[1]}/${own[2]!.split("/").slice(0, 2).join("/")}` : url;
}

export function summarize(profile: Profile, top = 25, skipSeconds = 0): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    // Start-up (WASM, migrations, demo seed) is not what a load test asks about.
    if (at >= skipSeconds * 1e6) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

  const perFunction = new Map<string, number>();
  const perOwner = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || "(anonymous)"} ${url ? `${url.replace(/^.*\/(node_modules|src|bench)\//, "$1/")}:${lineNumber + 1}` : ""}`.trim();
    perFunction.set(key, (perFunction.get(key) ?? 0) + us);
    perOwner.set(owner(url), (perOwner.get(owner(url)) ?? 0) + us);
  }
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => [k, Math.round(us / 1000), percent(us, total)]);
  return [
    `total sampled: ${Math.round(total / 1000)} ms`,
    "",
    formatTable(["owner (self time)", "ms", "%"], rows(perOwner)),
    "",
    formatTable(["function (self time)", "ms", "%"], rows(perFunction)),
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top, skip] = process.argv.slice(2);
  if (!file) {
    console.error("usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [top] [skip-seconds]");
    process.exit(2);
  }
  console.log(summarize(JSON.parse(readFileSync(file, "utf8")) as Profile, Number(top ?? 25), Number(skip ?? 0)));
}
