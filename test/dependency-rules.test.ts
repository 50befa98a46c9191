// Proves the dependency rules bite: depcruise with our config on a fixture tree where each bad-* file breaks one rule.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/dependency-rules/", import.meta.url));

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

// Runs inside the fixture, so its files are src/… exactly like the real tree's.
function depcruise(...extra: string[]) {
  const cli = `${root}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`;
  return spawnSync(process.execPath, [cli, "src", "--config", `${root}.dependency-cruiser.cjs`, ...extra], { cwd: fixture, encoding: "utf8" });
}

function cruiseFixture(): { status: number | null; violations: Violation[] } {
  // The default reporter (as in `npm run lint`) sets the exit code; the JSON reporter says what was found.
  const { status } = depcruise();
  const json = depcruise("--output-type", "json");
  if (!json.stdout) throw new Error(`depcruise printed nothing: ${json.stderr}`);
  const output = JSON.parse(json.stdout) as { summary: { violations: Violation[] } };
  return { status, violations: output.summary.violations };
}

describe("dependency rules (.dependency-cruiser.cjs)", () => {
  const { status, violations } = cruiseFixture();
  const found = violations.map((v) => `${v.rule.name}: ${v.from}`).sort();

  it("fail the lint run when a rule is broken", () => {
    expect(status).not.toBe(0);
  });

  it("report each deliberate violation under the rule it breaks", () => {
    expect(found).toEqual(
      [
        "platform-stays-below: src/platform/html/bad-upward.ts",
        "module-only-through-index: src/platform/html/bad-internal.ts",
        "no-dev-dependencies-in-src: src/platform/mail/bad-dev-dependency.ts",
        "no-test-code-in-src: src/platform/mail/bad-test-support.ts",
        "no-unlisted-packages: src/platform/mail/bad-unlisted-package.ts",
        "no-unresolvable: src/platform/mail/bad-unresolvable.ts",
        "kernel-stays-below-components: src/kernel/cases/bad-component.ts",
        "no-circular: src/kernel/audit/bad-cycle-a.ts",
        "components-stay-below-shells: src/components/ideas/bad-portal.ts",
        "module-only-through-index: src/components/ideas/bad-kernel-internal.ts",
        "outside-modules-only-through-index: src/portal/bad-component-internal.ts",
        "shells-stay-below-app: src/portal/bad-demo.ts",
      ].sort(),
    );
  });

  it("allow the imports the architecture allows (through index.ts, downwards, app level wiring)", () => {
    const flaggedGoodFiles = violations.filter((v) => !/\/bad-[^/]+$/.test(v.from));
    expect(flaggedGoodFiles).toEqual([]);
  });
});
