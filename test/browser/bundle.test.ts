/**
 * Issue 8, part 6 — no network, no eval: the production bundle holds no `eval(` call and no
 * `new Function` (zod 4's JIT and its eval probe are replaced at build time by
 * scripts/webpack/no-eval-loader.cjs; the pane also runs zod jitless, src/taskpane/no-eval.ts), and
 * the pane's Content-Security-Policy allows neither eval nor any script or connection off the
 * add-in's own origin and Microsoft's office.js. The browser test (preview.test.ts) checks the
 * requests a running pane makes.
 *
 * BUNDLE_DIR reuses a production build (`npm run build` writes dist/); otherwise one is made in a
 * temp dir.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
jest.setTimeout(300_000);

let dir = "";
let dispose = () => {};

beforeAll(async () => {
  const reuse = process.env.BUNDLE_DIR;
  if (reuse && existsSync(path.join(reuse, "taskpane.html"))) {
    dir = path.resolve(reuse);
    return;
  }
  dir = mkdtempSync(path.join(tmpdir(), "capaian-bundle-"));
  dispose = () => rmSync(dir, { recursive: true, force: true });
  const cli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--env", `outDir=${dir}`],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: "true" } },
      (error, stdout, stderr) =>
        error ? reject(new Error(`webpack failed:\n${stdout}\n${stderr}`)) : resolve(),
    ),
  );
});

afterAll(() => dispose());

function bundles(): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => /^(taskpane|commands)\.[0-9a-f]+\.js$/.test(f))
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), "utf8") }));
}

test("the pane's bundle is there and holds zod (so the check below looks at the right text)", () => {
  const pane = bundles().find((b) => b.name.startsWith("taskpane."));
  expect(pane).toBeDefined();
  expect(pane!.text).toContain("jitless");
});

test("no eval( call and no Function constructor anywhere in the production bundles", () => {
  for (const { name, text } of bundles()) {
    expect([name, text.match(/[^\w$.]eval\s*\(/g)]).toEqual([name, null]);
    expect([name, text.match(/new\s+Function\s*\(/g)]).toEqual([name, null]);
    // The minifier's way to keep the constructor: an alias to the global Function, then `new alias(...)`.
    expect([name, text.match(/[=,(]\s*Function\s*[,;)]/g)]).toEqual([name, null]);
  }
  // zod's stand-in is what remains of its JIT.
  expect(bundles().some((b) => b.text.includes("zod runs jitless, eval is off"))).toBe(true);
});

test("the pane's Content-Security-Policy forbids eval and names no other host than office.js's", () => {
  const html = readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html)?.[1] ?? "";
  expect(csp).toMatch(/script-src /);
  expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
  const directives = Object.fromEntries(
    csp.split(";").map((d) => {
      const [k, ...v] = d.trim().split(/\s+/);
      return [k, v];
    }),
  );
  expect(directives["script-src"]).not.toContain("*");
  const hosts = csp.match(/https:\/\/[^\s;]+/g) ?? [];
  expect(hosts.filter((h) => !/^https:\/\/appsforoffice\.microsoft\.com/.test(h))).toEqual([]);
});
