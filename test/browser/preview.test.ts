/**
 * The real pane in Chromium, against the sample workbook held by the fake Excel: run, change
 * the scale, insert the tables, a keyboard-only pass, an axe scan, and no request leaving localhost.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { numericOf, parseValue } from "../../src/engine/parse";
import { predikatOf, PRESET_SCALES, resolveScale } from "../../src/engine/predikat";
import type { CellValue } from "../../src/engine/snapshot";
import { buildPreview, serveDir, type StaticServer } from "./preview-server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = path.resolve(__dirname, "../../test-output/screenshots");
const AXE = path.resolve(__dirname, "../../node_modules/axe-core/axe.min.js");
const SHEET = "Realisasi 2023";

if (!HAVE_CHROMIUM) {
  console.warn(
    `SKIPPED browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );
}
const suite = HAVE_CHROMIUM ? describe : describe.skip;
jest.setTimeout(300_000);

let server: StaticServer;
let builtDir = "";
let disposeBuild = () => {};
let browser: Browser;
const requests: string[] = [];
const answered: string[] = [];
/** Every failure of each URL: one URL (the telemetry frame) fails once per page, not always the same way. */
const failed = new Map<string, string[]>();
const problems: string[] = [];
/** office.js tries to frame Microsoft's telemetry proxy even outside Office; the CSP must block it. */
const blockedTelemetry: string[] = [];
const TELEMETRY = /telemetryservice\.firstpartyapps\.oaspapps\.com/;

async function newPage(options: { bypassCSP?: boolean; width?: number; query?: string } = {}): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: options.width ?? 1600, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  if (options.bypassCSP) {
    // Without the page's CSP, office.js would reach its telemetry host: stop everything non-local here.
    await context.route(
      (url) => !url.href.startsWith(server.origin + "/"),
      (route) => route.abort("blockedbyclient"),
    );
  }
  // Every CSP violation, including ones the console does not show (a blocked eval probe).
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => answered.push(r.url()));
  page.on("requestfailed", (r) => {
    const seen = failed.get(r.url()) ?? [];
    failed.set(r.url(), [...seen, r.failure()?.errorText ?? "?"]);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // A CSP block is reported on the console; it must never happen with our own policy.
    if (!/Content Security Policy|Refused to/i.test(m.text())) return;
    if (TELEMETRY.test(m.text())) blockedTelemetry.push(m.text());
    else problems.push(`csp: ${m.text()}`);
  });
  await page.goto(`${server.origin}/preview.html${options.query ?? ""}`);
  await page.getByText(/indikator terbaca|indicators read/).waitFor({ timeout: 60_000 });
  return page;
}

/** CSP violations the page saw, apart from office.js's telemetry frame (blocked on purpose). */
async function cspViolations(page: Page): Promise<string[]> {
  const seen = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return seen.filter((v) => !TELEMETRY.test(v));
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: false });
}

/** The raw value of a grid cell of the sheet on show (undefined when the cell is empty). */
async function cellValue(page: Page, addr: string): Promise<unknown> {
  const raw = await page.locator(`td[data-addr="${addr}"]`).getAttribute("data-value");
  return raw === null ? undefined : JSON.parse(raw);
}

async function showSheet(page: Page, name: string) {
  await page.getByRole("tab", { name: new RegExp(`^${name.replace(/[.]/g, "\\.")}`) }).click();
  await page.locator(`table[data-sheet="${name}"]`).waitFor();
}

async function hitung(page: Page) {
  const done = page.getByText(/^Selesai: 9 dari 12 indikator tahun 2023 dihitung; 3 lainnya tanpa capaian/);
  const before = await done.count();
  await page.getByRole("button", { name: "Hitung Capaian" }).click();
  // A rerun shows the same sentence again: wait for the earlier one to go first (a run too quick for
  // that to be seen has finished within the grace period), so the check never reads the old result.
  if (before > 0) await done.waitFor({ state: "detached", timeout: 5_000 }).catch(() => undefined);
  await done.waitFor({ timeout: 60_000 });
}

/** axe's serious and critical findings in the pane (the page must bypass its CSP to take the script). */
async function seriousAxeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(AXE, "utf8") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(
      { include: [["aside"]] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } },
    );
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/**
 * The column the run wrote "Predikat" into on the Realisasi sheet, and the indicator rows under it
 * with their capaian recomputed from the sheet's own Target (E) and Realisasi (F) text.
 */
async function predikatCells(page: Page): Promise<string[]> {
  return page
    .locator(`table[data-sheet="${SHEET}"] td[data-value]`)
    .evaluateAll((tds) =>
      tds.filter((td) => td.textContent === "Predikat").map((td) => td.getAttribute("data-addr") ?? ""),
    );
}

/** "Predikat" cells the sample has before any run (the Satuan of its AKIP indicator). */
let predikatBefore: string[] = [];

/**
 * The Predikat columns the run added on the Realisasi sheet (one per realisasi table of the year) and
 * the indicator cells under each, with the capaian recomputed from the sheet's own Target (E) and
 * Realisasi (F) text.
 */
async function predikatColumns(
  page: Page,
): Promise<{ headers: string[]; cells: { addr: string; capaian: number }[] }> {
  const headers = (await predikatCells(page)).filter((a) => !predikatBefore.includes(a));
  const cells: { addr: string; capaian: number }[] = [];
  for (const header of headers) {
    const [, col, headerRow] = /^([A-Z]+)(\d+)$/.exec(header) as RegExpExecArray;
    for (let row = Number(headerRow) + 1; row < Number(headerRow) + 40; row++) {
      const indikator = await cellValue(page, `C${row}`);
      // The table ends at its first empty row; a second header row has no indicator.
      if (indikator === undefined && (await cellValue(page, `E${row}`)) === undefined) break;
      if (indikator === undefined) continue;
      const t = numericOf(parseValue((await cellValue(page, `E${row}`)) as CellValue));
      const r = numericOf(parseValue((await cellValue(page, `F${row}`)) as CellValue));
      // The numbering row "(1) (2) …" under the header is not an indicator.
      if (String(indikator).startsWith("(")) continue;
      if (t !== null && r !== null && t !== 0) cells.push({ addr: `${col}${row}`, capaian: (r / t) * 100 });
    }
  }
  return { headers, cells };
}

suite("preview in Chromium", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const built = await buildPreview();
    builtDir = built.dir;
    disposeBuild = built.dispose;
    server = await serveDir(builtDir);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    disposeBuild();
  });

  let page: Page;

  test("opens the sample workbook and shows the pane beside its sheets", async () => {
    page = await newPage();
    await expect(page.getByRole("heading", { name: "Capaian Kinerja", level: 1 }).isVisible()).resolves.toBe(
      true,
    );
    const tabs = await page
      .getByRole("tab")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-sheet")));
    expect(tabs).toEqual(expect.arrayContaining(["PK 2023", SHEET, "Anggaran"]));
    await showSheet(page, SHEET);
    predikatBefore = await predikatCells(page);
    await shot(page, "01-pratinjau-dibuka.png");
  });

  test("Hitung Capaian writes the predikat the scale gives, with its fill, and lists the findings", async () => {
    await hitung(page);
    await showSheet(page, SHEET);
    const { headers, cells } = await predikatColumns(page);
    // The sample's sheet holds two realisasi tables of 2023 (Tabel 3.1 and 3.4): each gets its column.
    expect(headers).toHaveLength(2);
    expect(cells.length).toBeGreaterThanOrEqual(6);
    const scale = resolveScale("lkjip4");
    for (const { addr, capaian } of cells) {
      const label = predikatOf(capaian, scale);
      expect([addr, await cellValue(page, addr)]).toEqual([addr, label]);
      const fill = await page.locator(`td[data-addr="${addr}"]`).getAttribute("data-fill");
      expect(fill?.toUpperCase()).toBe(scale.bands.find((b) => b.label === label)?.fill?.toUpperCase());
    }
    const findings = page.getByRole("region", { name: "Temuan" }).getByRole("listitem");
    expect(await findings.count()).toBeGreaterThan(0);
    await shot(page, "02-hasil-hitung.png");

    // A finding selects its cell in the grid.
    await page
      .getByRole("button", { name: /^Buka sel / })
      .first()
      .click();
    await page.locator("td[data-selected]").first().waitFor();
    await shot(page, "03-temuan-dipilih.png");
  });

  test("changing the scale and recomputing rewrites the predikat", async () => {
    await page.getByRole("button", { name: "Pengaturan" }).click();
    await page.getByRole("combobox", { name: "Skala predikat" }).click();
    await page.getByRole("option", { name: "Permendagri 86/2017" }).click();
    await hitung(page);
    await showSheet(page, SHEET);
    const scale = PRESET_SCALES.permendagri86!;
    const { headers, cells } = await predikatColumns(page);
    expect(headers).toHaveLength(2);
    expect(cells.length).toBeGreaterThanOrEqual(6);
    for (const { addr, capaian } of cells) {
      expect([addr, await cellValue(page, addr)]).toEqual([addr, predikatOf(capaian, scale)]);
    }
    await shot(page, "04-skala-permendagri.png");
  });

  test("Sisipkan Tabel 3.x inserts every table with data; each has its title and its first rows", async () => {
    await page.getByRole("button", { name: "Sisipkan Tabel 3.x" }).click();
    const list = page.getByRole("list", { name: "Tabel disisipkan:" });
    await list.waitFor({ timeout: 60_000 });
    const placed = await list
      .getByRole("listitem")
      .evaluateAll((lis) =>
        lis.map((li) => ({ nomor: li.getAttribute("data-nomor"), text: li.textContent ?? "" })),
      );
    expect(placed.map((p) => p.nomor)).toEqual(["3.1", "3.2", "3.3", "3.5", "3.6"]);
    // the sample holds no national standard: Tabel 3.4 is named as not written, with its reason
    const skipped = page.getByRole("list", { name: "Tidak ditulis (tanpa data tahun ini):" });
    expect(await skipped.getByRole("listitem").allTextContents()).toEqual([
      "Tabel 3.4: tidak ada standar nasional yang terbaca untuk indikator dengan realisasi tahun 2023",
    ]);
    const firstIndicator = (await cellValue(page, "C7")) ?? "";
    for (const p of placed) {
      const m = /di (.+)!([A-Z]+\d+)(?::[A-Z]+\d+)?$/.exec(p.text);
      expect(m).not.toBeNull();
      const [, sheet, topLeft] = m as RegExpExecArray;
      await showSheet(page, sheet as string);
      const title = String(await cellValue(page, topLeft as string));
      expect(title).toContain(`Tabel ${p.nomor}`);
      // The first rows under the title: a header and at least one data row.
      const filled = await page
        .locator(`table[data-sheet="${sheet}"] tbody tr`)
        .evaluateAll((trs) => trs.filter((tr) => tr.querySelector("td[data-value]")).length);
      expect(filled).toBeGreaterThanOrEqual(3);
      if (p.nomor === "3.1") {
        const text = await page.locator(`table[data-sheet="${sheet}"]`).textContent();
        expect(text).toContain(String(firstIndicator).slice(0, 20));
        await shot(page, "05-tabel-3-1.png");
      }
    }
  });

  test("the main page ran its whole flow under its CSP without a violation", async () => {
    expect(await cspViolations(page)).toEqual([]);
  });

  test("the built bundles carry no eval: source maps are separate files", () => {
    for (const file of readdirSync(builtDir).filter((f) => /^(taskpane|commands|preview)\..+\.js$/.test(f))) {
      const code = readFileSync(path.join(builtDir, file), "utf8");
      expect([file, /\beval\(/.test(code)]).toEqual([file, false]);
      expect(code).toMatch(new RegExp(`//# sourceMappingURL=${file.replace(/\./g, "\\.")}\\.map\\s*$`));
    }
    const html = readFileSync(path.join(builtDir, "taskpane.html"), "utf8");
    expect(html).toMatch(/http-equiv="?Content-Security-Policy"?/);
    expect(html).toContain("script-src 'self'");
    expect(html).not.toContain("unsafe-eval");
  });

  test("the whole flow works with the keyboard alone", async () => {
    const kb = await newPage();
    const focusTo = async (name: RegExp) => {
      for (let i = 0; i < 200; i++) {
        await kb.keyboard.press("Tab");
        const label = await kb.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el ? `${el.getAttribute("aria-label") ?? ""}|${el.textContent ?? ""}` : "";
        });
        if (name.test(label)) return;
      }
      throw new Error(`keyboard focus never reached ${name}`);
    };
    await focusTo(/Hitung Capaian/);
    await kb.keyboard.press("Enter");
    await kb
      .getByText(/^Selesai: 9 dari 12 indikator tahun 2023 dihitung; 3 lainnya tanpa capaian/)
      .waitFor({ timeout: 60_000 });
    await focusTo(/^Buka sel /);
    await kb.keyboard.press("Enter");
    await kb.locator("td[data-selected]").first().waitFor();
    await focusTo(/Sisipkan Tabel 3\.x$/);
    await kb.keyboard.press("Space");
    await kb.getByRole("list", { name: "Tabel disisipkan:" }).waitFor({ timeout: 60_000 });
    await shot(kb, "06-keyboard.png");
    expect(await cspViolations(kb)).toEqual([]);
    await kb.context().close();
  });

  test("axe finds no serious or critical problem in the pane, before and after a run", async () => {
    // axe is injected as a script, which the page's own CSP rightly refuses: this context bypasses it.
    const ax = await newPage({ bypassCSP: true });
    const scan = () => seriousAxeProblems(ax);
    expect(await scan()).toEqual([]);
    await ax.getByRole("button", { name: "Pengaturan" }).click();
    await hitung(ax);
    expect(await scan()).toEqual([]);
    await ax.context().close();
  });

  test("English and dark theme follow Office, and the pane fits 320 px", async () => {
    const en = await newPage({ query: "?lang=en&theme=dark", width: 1000 });
    await en.getByRole("button", { name: "Calculate achievement" }).click();
    await en.getByText(/^Done: 9 of 12 indicators of 2023 calculated; 3 others/).waitFor({ timeout: 60_000 });
    const aside = en.locator("aside");
    const overflow = await aside.evaluate((el) => {
      (el as HTMLElement).style.width = "320px";
      (el as HTMLElement).style.flexBasis = "320px";
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(en, "07-english-dark-320.png");
    await en.context().close();
  });

  test("cells selected in the sheet are declared a table through the pane, accessibly, at 320 px", async () => {
    const dp = await newPage({ bypassCSP: true });
    await showSheet(dp, SHEET);
    const grid = dp.locator(`table[data-sheet="${SHEET}"]`);
    await grid.locator('td[data-addr="B5"]').click();
    await grid.locator('td[data-addr="F9"]').click({ modifiers: ["Shift"] });
    await dp.getByRole("button", { name: "Ambil pilihan" }).click();
    await dp.getByText(`Blok: ${SHEET}!B5:F9`).waitFor();
    const form = dp.getByRole("form", { name: `Nyatakan ${SHEET}!B5:F9 sebagai tabel` });
    await form.getByRole("combobox", { name: /Baris judul/ }).selectOption("2");
    const overflow = await dp.locator("aside").evaluate((el) => {
      (el as HTMLElement).style.width = "320px";
      (el as HTMLElement).style.flexBasis = "320px";
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAxeProblems(dp)).toEqual([]);
    await form.getByRole("button", { name: "Nyatakan sebagai tabel" }).click();
    const declared = dp.getByRole("list", { name: "Dinyatakan sebagai tabel" });
    await declared.waitFor();
    expect(await declared.textContent()).toContain(`${SHEET}!B5:F9: Realisasi, 2 baris judul`);
    await dp.getByText(/indikator terbaca/).waitFor();
    await shot(dp, "08-nyatakan-tabel-320.png");
    await dp.context().close();
  });

  test("no request left localhost and the page raised no error or CSP block", () => {
    expect(requests.length).toBeGreaterThan(0);
    const local = (u: string) => u.startsWith(server.origin + "/") || /^(data|blob):/.test(u);
    // Nothing from outside ever answered; the only outside attempt is office.js's telemetry frame, stopped by the CSP.
    expect(answered.filter((u) => !local(u))).toEqual([]);
    const outside = [...new Set(requests.filter((u) => !local(u)))];
    expect(outside.filter((u) => !TELEMETRY.test(u))).toEqual([]);
    // Each attempt failed: stopped by the CSP, by the route of a CSP-free page, or cancelled (ERR_ABORTED) when
    // Chromium drops a frame the CSP refuses before any request event says so, or its page closes first; which of
    // these a run reports depends on timing (CI saw only ERR_ABORTED), so none is required. That nothing outside
    // answered is checked above.
    for (const u of outside) {
      const texts = failed.get(u) ?? [];
      expect([u, texts.length > 0]).toEqual([u, true]);
      expect([u, texts.filter((t) => !/BLOCKED_BY_CSP|ERR_BLOCKED|ERR_ABORTED/.test(t))]).toEqual([u, []]);
    }
    expect(requests.some((u) => u.endsWith("/office-js/office.js"))).toBe(true);
    expect(problems).toEqual([]);
    if (blockedTelemetry.length > 0)
      console.log(
        `office.js telemetry frame blocked by the page's CSP ${blockedTelemetry.length} time(s), as intended.`,
      );
  });
});
