/**
 * The pane's weight and first paint, side by side with Microsoft's Office-Addin-TaskPane-React
 * template (issue 14, part 8): gzip size of the scripts each taskpane.html loads itself, and in
 * Chromium (4× CPU slowdown, same local server, the same stand-in office.js) the time from
 * navigation to the first content React renders into #container, median of alternating runs.
 *   npx tsx scripts/bench/pane.ts [runs]
 * BUNDLE_DIR: our production build (otherwise one is made into a temp dir, for localhost);
 * TEMPLATE_DIR: the template's production build (its `npm run build` output); without it the
 * template's side is skipped, saying so. CHROMIUM_PATH: the browser (default /usr/bin/chromium).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { serveDir } from "../../test/browser/preview-server";

const ROOT = path.resolve(__dirname, "../..");
const RUNS = Number(process.argv[2] ?? 15);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TEMPLATE_INITIAL_GZIP = 165_188;

/** office.js stand-in: Office is ready at once, in Excel, light theme (both panes take the same path). */
const OFFICE_STUB = `window.Office = {
  onReady(cb) { const info = { host: "Excel", platform: "OfficeOnline" }; if (cb) cb(info); return Promise.resolve(info); },
  context: { displayLanguage: "id-ID", officeTheme: { bodyBackgroundColor: "#ffffff" } },
  HostType: { Excel: "Excel" },
};
window.Excel = { run: () => new Promise(() => {}) };`;

/** Records when React first puts an element other than the page's own loading text into #container. */
const PROBE = `new MutationObserver((_, obs) => {
  const c = document.getElementById("container");
  if (!c) return;
  const el = [...c.children].find((e) => e.id !== "loading");
  if (el && window.__frame === undefined) window.__frame = performance.now();
  const full = c.querySelector("main:not([data-pane])");
  if (full && window.__full === undefined) { window.__full = performance.now(); obs.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

function initialGzip(dir: string): { files: string[]; gzip: number } {
  const html = readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const files = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
  const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(path.join(dir, f))).length, 0);
  return { files, gzip };
}

async function firstPaint(browser: Browser, origin: string): Promise<{ frame: number; full: number | null }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(/appsforoffice\.microsoft\.com/, (route) =>
    route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }),
  );
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForFunction(() => (window as { __frame?: number }).__frame !== undefined, null, {
    timeout: 60_000,
  });
  // Our pane also renders its full form after the chunk arrives; the template has no second step.
  await page.waitForTimeout(1500);
  const out = await page.evaluate(() => {
    const w = window as { __frame?: number; __full?: number };
    return { frame: w.__frame ?? NaN, full: w.__full ?? null };
  });
  await context.close();
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function ourBuild(): { dir: string; dispose(): void } {
  const reuse = process.env.BUNDLE_DIR;
  if (reuse && existsSync(path.join(reuse, "taskpane.html"))) return { dir: reuse, dispose: () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), "capaian-pane-bench-"));
  const cli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  execFileSync(process.execPath, [cli, "--mode", "production", "--env", `outDir=${dir}`], {
    cwd: ROOT,
    stdio: "ignore",
    env: { ADDIN_BASE_URL: "https://localhost:3000/", ...process.env, CI: "true" },
  });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  const ours = ourBuild();
  const templateDir = process.env.TEMPLATE_DIR;
  const sides = [{ name: "Capaian Kinerja", dir: ours.dir }];
  if (templateDir && existsSync(path.join(templateDir, "taskpane.html")))
    sides.push({ name: "React template", dir: templateDir });
  else
    console.log(
      `template: SKIPPED (set TEMPLATE_DIR to its build); size bar ${TEMPLATE_INITIAL_GZIP} B gzip`,
    );

  for (const side of sides) {
    const { files, gzip } = initialGzip(side.dir);
    const ratio = (gzip / TEMPLATE_INITIAL_GZIP).toFixed(2);
    console.log(
      `${side.name}: before first paint ${gzip} B gzip (${ratio}× the template bar) — ${files.join(", ")}`,
    );
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`first paint: SKIPPED (no Chromium at ${CHROMIUM})`);
    return ours.dispose();
  }
  const servers = await Promise.all(sides.map((s) => serveDir(s.dir)));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox"] });
  const times = sides.map(() => ({ frame: [] as number[], full: [] as number[] }));
  for (let i = 0; i < RUNS; i++) {
    // Alternating, so a slow moment of the machine falls on both sides.
    for (const [k, server] of servers.entries()) {
      const t = await firstPaint(browser, server.origin);
      times[k]!.frame.push(t.frame);
      if (t.full !== null) times[k]!.full.push(t.full);
    }
  }
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
  ours.dispose();
  const base = median(times[1]?.frame ?? []);
  for (const [k, side] of sides.entries()) {
    const frame = median(times[k]!.frame);
    const vs = Number.isFinite(base) ? ` (${(frame / base).toFixed(2)}× the template)` : "";
    const full = times[k]!.full.length ? `, full pane ${median(times[k]!.full).toFixed(0)} ms` : "";
    console.log(`${side.name}: first paint ${frame.toFixed(0)} ms median of ${RUNS}${vs}${full}`);
  }
}

void main();
