// The dependency rule of ARCHITECTURE.md, enforced: platform ← kernel ← components ← portal/backoffice ← app.
// Paths are relative to where depcruise runs (the repository root; the rule tests run it in fixture trees).
/** Files at app level: they wire everything together (cli/: commands that open the database from config) and nothing below may import them. */
const appLevel = "^src/(demo/|cli/|(app|main|modules)\\.tsx?$)";
const testFile = "\\.test\\.tsx?$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "platform-stays-below",
      comment: "platform is technical plumbing: it knows no city concept and no layer above it.",
      severity: "error",
      from: { path: "^src/platform/" },
      to: { path: [`^src/(kernel|components|portal|backoffice)/`, appLevel] },
    },
    {
      name: "kernel-stays-below-components",
      comment: "The kernel offers hooks; components register. It never names a component, the portal or the back office.",
      severity: "error",
      from: { path: "^src/kernel/" },
      to: { path: [`^src/(components|portal|backoffice)/`, appLevel] },
    },
    {
      name: "components-stay-below-shells",
      comment: "A component is used by the portal and the back office, never the other way round.",
      severity: "error",
      from: { path: "^src/components/" },
      to: { path: [`^src/(portal|backoffice)/`, appLevel] },
    },
    {
      name: "shells-stay-below-app",
      comment: "portal and back office are wired up by app.ts; they do not import the app level or the demo seed.",
      severity: "error",
      from: { path: "^src/(portal|backoffice)/" },
      to: { path: appLevel },
    },
    {
      name: "module-only-through-index",
      comment:
        "Inside one module (platform/<x>, kernel/<x>, components/<x>) anything goes; another module is used only through its index.ts.",
      severity: "error",
      from: { path: "^src/(platform|kernel|components)/([^/]+)/" },
      to: {
        path: "^src/(platform|kernel|components)/[^/]+/",
        pathNot: ["^src/$1/$2/", "^src/(platform|kernel|components)/[^/]+/index\\.tsx?$"],
      },
    },
    {
      name: "outside-modules-only-through-index",
      comment: "portal, back office, the demo seed and app.ts use platform, kernel and component modules only through their index.ts.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(platform|kernel|components)/" },
      to: {
        path: "^src/(platform|kernel|components)/",
        pathNot: "^src/(platform|kernel|components)/[^/]+/index\\.tsx?$",
      },
    },
    {
      name: "no-circular",
      comment: "Circular imports blur the layers and break module initialisation order.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-dev-dependencies-in-src",
      comment: "Production installs omit devDependencies (vitest, playwright-core, smtp-server, node-html-parser …); only tests may use them.",
      severity: "error",
      from: { path: "^src/", pathNot: testFile },
      to: { dependencyTypes: ["npm-dev"] },
    },
    {
      name: "no-test-code-in-src",
      comment: "Only *.test.ts files may import test/ (test/support, fixtures) or another test file.",
      severity: "error",
      from: { path: "^src/", pathNot: testFile },
      to: { path: ["^test/", testFile] },
    },
    {
      name: "no-unlisted-packages",
      comment: "Every package imported must be in package.json, not merely present in node_modules as someone else's dependency.",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-no-pkg", "npm-unknown"] },
    },
    {
      name: "no-unresolvable",
      comment: "An import that resolves to nothing is a typo or a deleted file.",
      severity: "error",
      from: { path: "^src/" },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports are dependencies too: a kernel type used by a component binds the two.
    tsPreCompilationDeps: true,
    moduleSystems: ["es6", "cjs"],
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
