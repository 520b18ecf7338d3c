// Fails when src/lib/api/schema.d.ts no longer matches openapi.json: the back end changed its
// API and the typed client was not regenerated. Regenerates into a temporary file and compares.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const committed = join(root, "src/lib/api/schema.d.ts");
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve("openapi-typescript/package.json")), "bin/cli.js");

const dir = mkdtempSync(join(tmpdir(), "api-check-"));
const fresh = join(dir, "schema.d.ts");
try {
  const run = spawnSync(process.execPath, [cli, "openapi.json", "-o", fresh], {
    cwd: root,
    encoding: "utf8",
  });
  if (run.status !== 0) {
    console.error(run.stderr || run.stdout);
    console.error("api:check: could not generate types from openapi.json.");
    process.exit(1);
  }
  let current = "";
  try {
    current = readFileSync(committed, "utf8");
  } catch {
    console.error("api:check: src/lib/api/schema.d.ts is missing. Run `npm run api:types`.");
    process.exit(1);
  }
  if (current !== readFileSync(fresh, "utf8")) {
    console.error(
      "api:check: src/lib/api/schema.d.ts is out of date with openapi.json.\n" +
        "Run `npm run api:types`, fix any type errors it reveals, and commit both files.",
    );
    process.exit(1);
  }
  console.log("api:check: src/lib/api/schema.d.ts matches openapi.json.");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
