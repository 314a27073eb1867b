import { readState, STATE_SHEET } from "../../src/engine/state";
import { NOTE_PREFIX } from "../../src/engine/writeback";
import { applyPlanToSnapshot } from "../helpers/applyPlan";
import { planCells } from "../helpers/planCells";
import { cellAt } from "../../src/engine/snapshot";
import { ROWS, SHEET, TEMUAN_SAKIP, tableMapping, capaianOf } from "../fixtures/writeback/seed000";
import { okPlan, plan, setup } from "./build";

describe("Capaian and Predikat on the user's realisasi table", () => {
  it("adds the two columns right of the table, header on the header row, one value per indicator row", () => {
    const out = okPlan(setup());
    const cells = planCells(out.plan, SHEET);
    expect(cells.get("G2")?.value).toBe("Capaian (%)");
    expect(cells.get("H2")?.value).toBe("Predikat");
    // PSKS: 59,87 against 57 → the seed prints 105 %
    expect(cells.get("G3")?.value).toBeCloseTo(105.035, 3);
    expect(cells.get("G3")?.format).toBe("#,##0.00");
    expect(cells.get("H3")?.value).toBe("Sangat Baik");
    // PMKS: 81,6 against 76,5 → the seed prints 106,6 %
    expect(cells.get("G4")?.value).toBeCloseTo(106.667, 3);
    // SAKIP: B against BB scores below 100 → Baik, not the 100 % the seed printed
    expect(cells.get("G5")?.value).toBeCloseTo(capaianOf(ROWS[2]!), 6);
    expect(cells.get("H5")?.value).toBe("Baik");
    // nothing written inside the user's table
    for (const key of cells.keys()) expect(key).toMatch(/^[GH]\d+$/);
    // each added column is recorded as such, with the rules put on it, so a later run can take it away
    expect(out.state.owned.ranges).toEqual([
      { sheet: SHEET, address: "G2:G5", kolom: true, aturan: ["G3:G5"] },
      { sheet: SHEET, address: "H2:H5", kolom: true, aturan: ["H3:H5"] },
    ]);
    expect(out.plan.conditionalFormats.map((c) => c.address)).toEqual(["G3:G5", "H3:H5"]);
  });

  it("uses the decimals of the settings for the capaian format", () => {
    const out = okPlan(setup({}, { desimal: 1 }));
    expect(planCells(out.plan, SHEET).get("G3")?.format).toBe("#,##0.0");
    const none = okPlan(setup({}, { desimal: 0 }));
    expect(planCells(none.plan, SHEET).get("G3")?.format).toBe("#,##0");
  });

  it("fills the table's own Capaian column only where it is empty and leaves printed capaian as printed", () => {
    const run = setup({ capaianColumn: { blankIds: ["pmks"] } });
    const out = okPlan(run);
    const cells = planCells(out.plan, SHEET);
    expect(cells.has("G3")).toBe(false);
    expect(cells.has("G5")).toBe(false);
    expect(cells.get("G4")?.value).toBeCloseTo(106.667, 3);
    // no Predikat column in the table: it is added right of it
    expect(cells.get("H2")?.value).toBe("Predikat");
    expect(cells.has("G2")).toBe(false);
    // a filled cell of the user's column keeps the number format it had, to be given back later
    expect(out.state.owned.ranges).toContainEqual(
      expect.objectContaining({ sheet: SHEET, address: "G4", formatAsal: ["General"] }),
    );
    const after = applyPlanToSnapshot(run.snapshot, out.plan);
    const sheet = after.sheets.find((s) => s.name === SHEET)!;
    expect(cellAt(sheet, 2, 6)).toBe("105 %");
    expect(cellAt(sheet, 4, 6)).toBe("100 %");
  });

  it("falls back to the PK table when there is no realisasi table", () => {
    const run = setup();
    run.read = { ...run.read, tables: [tableMapping({}, "pk")] };
    const out = okPlan(run);
    expect(planCells(out.plan, SHEET).get("G2")?.value).toBe("Capaian (%)");
  });

  it("refuses, naming the cell, when a cell it would write holds user content; nothing is planned", () => {
    const run = setup({ extra: { H4: "catatan bidang" } });
    const out = plan(run);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out).not.toHaveProperty("plan");
    expect(out.refusals).toHaveLength(1);
    expect(out.refusals[0]).toMatchObject({ kode: "SEL_BERISI_DATA_PENGGUNA", sheet: SHEET, cell: "H4" });
    expect(out.refusals[0]!.pesan.id).toContain("H4");
    expect(out.refusals[0]!.pesan.en).toMatch(/clear or move/i);
  });

  it("treats a formula as user content even when it shows nothing", () => {
    const run = setup();
    const sheet = run.snapshot.sheets[0]!;
    sheet.formulas = sheet.values.map((r) => r.map(() => ""));
    for (const line of sheet.values) line.push("");
    for (const line of sheet.numberFormats) line.push("General");
    for (const line of sheet.formulas) line.push("");
    sheet.formulas[3]![6] = '=IF(F4="","",F4/E4)';
    const out = plan(run);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.refusals.map((r) => r.cell)).toEqual(["G4"]);
  });

  it("refuses a protected sheet", () => {
    const out = plan(setup({ protected: true }));
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.refusals).toEqual([expect.objectContaining({ kode: "SHEET_TERPROTEKSI", sheet: SHEET })]);
  });

  it("writes beside a user sheet that bears a generated sheet's name, and reuses one it owns", () => {
    const run = setup();
    const userSheet = { ...run.snapshot.sheets[0]!, name: "tabel 3.1" };
    run.snapshot = { ...run.snapshot, sheets: [...run.snapshot.sheets, userSheet] };
    const beside = okPlan(run);
    expect(beside.plan.sheets.find((s) => s.name === "tabel 3.1")).toBeUndefined();
    expect(beside.plan.sheets.find((s) => s.name === "Tabel 3.1 (Capaian Kinerja)")).toMatchObject({
      create: true,
    });
    run.state = { ...run.state, owned: { ...run.state.owned, sheets: ["Tabel 3.1"] } };
    const owned = okPlan(run);
    expect(owned.plan.sheets.find((s) => s.name === "tabel 3.1")).toMatchObject({
      create: false,
      clear: true,
    });
  });

  it("refuses only when every name a generated sheet could take holds the user's data", () => {
    const run = setup();
    const taken = ["Tabel 3.1", "Tabel 3.1 (Capaian Kinerja)"];
    for (let n = 2; n <= 9; n++) taken.push(`Tabel 3.1 (Capaian Kinerja ${n})`);
    const users = taken.map((name) => ({ ...run.snapshot.sheets[0]!, name }));
    run.snapshot = { ...run.snapshot, sheets: [...run.snapshot.sheets, ...users] };
    const out = plan(run);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.refusals).toEqual([
        expect.objectContaining({ kode: "NAMA_SHEET_DIPAKAI", sheet: "Tabel 3.1" }),
      ]);
      expect(out.refusals[0]!.pesan.id).toMatch(/Ganti nama/);
    }
  });

  it("refuses when the new columns would pass Excel's last column", () => {
    const run = setup();
    const t = run.read.tables[0]!;
    run.read = {
      ...run.read,
      tables: [{ ...t, range: "XFC2:XFD5", columns: t.columns.map((c) => ({ ...c, col: 16378 + c.col })) }],
    };
    const out = plan(run);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.refusals.every((r) => r.kode === "BATAS_EXCEL")).toBe(true);
  });

  it("puts each finding as a note on its cell, in the user's language, prefixed", () => {
    const id = okPlan(setup());
    expect(id.plan.notes).toEqual([
      { sheet: SHEET, cell: "F5", text: `${NOTE_PREFIX} ${TEMUAN_SAKIP.pesan.id}` },
    ]);
    const en = okPlan(setup({}, { bahasa: "en" }));
    expect(en.plan.notes[0]!.text).toBe(`Capaian Kinerja: ${TEMUAN_SAKIP.pesan.en}`);
  });

  it("writes the state it returns to the very hidden state sheet", () => {
    const out = okPlan(setup());
    const sheet = out.plan.sheets.find((s) => s.name === STATE_SHEET)!;
    expect(sheet).toMatchObject({ visibility: "veryHidden", clear: true });
    const write = out.plan.ranges.find((r) => r.sheet === STATE_SHEET)!;
    const json = write
      .values!.slice(1)
      .map((r) => r[0])
      .join("");
    expect(JSON.parse(json)).toEqual(out.state);
    expect(out.state.owned.sheets).toEqual([
      "Tabel 3.1",
      "Tabel 3.2",
      "Tabel 3.3",
      "Tabel 3.5",
      "Tabel 3.6",
      STATE_SHEET,
    ]);
    // no indicator has a national standard: Tabel 3.4 is not written, and the run says why
    expect(out.dilewati.map((d) => [d.nomor, d.kode])).toEqual([["3.4", "TANPA_STANDAR_NASIONAL"]]);
    expect(out.state.owned.charts.map((c) => c.sheet)).toEqual(["Tabel 3.1", "Tabel 3.2"]);
  });
});

describe("nothing to work on", () => {
  it("refuses with TIDAK_ADA_TABEL when no PK or realisasi table and no indicator was read", () => {
    const run = setup();
    run.read = { ...run.read, tables: [], indicators: [] };
    run.result = { ...run.result, indikator: [] };
    const out = plan(run);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.refusals.map((r) => r.kode)).toEqual(["TIDAK_ADA_TABEL"]);
      expect(out.refusals[0]!.pesan.en).toMatch(/header row/);
    }
  });

  it("still writes the tables when indicators were read but no table can take the columns", () => {
    const run = setup();
    run.read = { ...run.read, tables: [] };
    const out = okPlan(run);
    expect(out.plan.ranges.some((r) => r.sheet === SHEET)).toBe(false);
    expect(out.tables.map((t) => t.nomor)).toEqual(["3.1", "3.2", "3.3", "3.5", "3.6"]);
  });
});

describe("merged cells of the user", () => {
  it("writes nothing under a user's merge that reaches into the new columns, and still plans the same twice", () => {
    const run = setup();
    run.snapshot.sheets[0]!.merges = [{ row: 3, col: 5, rowCount: 1, colCount: 3 }];
    const out = okPlan(run);
    const cells = planCells(out.plan, SHEET);
    expect(cells.has("G4")).toBe(false);
    expect(cells.has("H4")).toBe(false);
    expect(cells.get("G3")?.value).toBeCloseTo(105.035, 3);
    expect(cells.get("G5")?.value).toBeCloseTo(capaianOf(ROWS[2]!), 6);
    const snapshot = applyPlanToSnapshot(run.snapshot, out.plan);
    const again = okPlan({ ...run, snapshot, state: readState(snapshot).state });
    expect(again.plan).toEqual({
      ...out.plan,
      sheets: out.plan.sheets.map((s) => ({ ...s, create: false })),
    });
  });
});

describe("columns of a year no longer computed", () => {
  it("are removed whole, except the cells under a user's merge reaching into them", () => {
    const run = setup();
    run.snapshot.sheets[0]!.merges = [{ row: 3, col: 5, rowCount: 1, colCount: 3 }];
    const out = okPlan(run);
    const snapshot = applyPlanToSnapshot(run.snapshot, out.plan);
    // the next run is for another year: no table of it holds the two added columns any more
    const next = okPlan({
      ...run,
      snapshot,
      state: readState(snapshot).state,
      result: { ...run.result, tahun: 2023 },
      read: { ...run.read, tables: [] },
    });
    expect(next.plan.removals).toEqual([
      { sheet: SHEET, address: "G2:G3", merges: [], lebarStandar: true },
      { sheet: SHEET, address: "G5", merges: [], lebarStandar: true },
      { sheet: SHEET, address: "H2:H3", merges: [], lebarStandar: true },
      { sheet: SHEET, address: "H5", merges: [], lebarStandar: true },
    ]);
    // the rules on them go too, and nothing of them is owned any more
    expect(next.plan.conditionalFormats.filter((c) => c.sheet === SHEET)).toEqual([
      { sheet: SHEET, address: "G3:G5", rules: [] },
      { sheet: SHEET, address: "H3:H5", rules: [] },
    ]);
    expect(next.state.owned.ranges).toEqual([]);
  });
});

describe("every realisasi table of the reporting year", () => {
  // seed 002 rows: Tabel 3.1 (two indicators) and below it a one-indicator table; `noteBeside` puts
  // a user's remark in column F of the second table's row, where its Predikat column would go
  function twoTables(noteBeside: boolean) {
    const { SheetBuilder, workbook: wb } = jest.requireActual(
      "../fixtures/layouts/build",
    ) as typeof import("../fixtures/layouts/build");
    const sb = new SheetBuilder("Realisasi 2023");
    const header = ["Sasaran", "Indikator", "Target 2023", "Realisasi 2023"];
    sb.row(header);
    sb.row(["Meningkatnya PPKS Mandiri", "Persentase PPKS Mandiri", "3,25 %", "3,63 %"]);
    sb.row(["Meningkatnya Akuntabilitas Kinerja Perangkat Daerah", "Nilai SAKIP", "BB", "BB"]);
    sb.blank(2);
    sb.row(["Sasaran Operasional", "Indikator Sasaran Operasional", "Target 2023", "Realisasi 2023"]);
    const last = [
      "Meningkatnya jaminan sosial",
      "Persentase PPKS yang memperoleh jaminan sosial",
      "88 %",
      "86,81 %",
    ];
    sb.row(noteBeside ? [...last, "", "cek ulang"] : last);
    return wb(sb.build());
  }

  async function planFor(snapshot: import("../../src/engine/snapshot").WorkbookSnapshot) {
    const { readWorkbook } = await import("../../src/reader");
    const { compute } = await import("../../src/engine/compute");
    const { buildWritePlan } = await import("../../src/engine/writeback");
    const { Settings } = await import("../../src/engine/settings");
    const { emptyState } = await import("../../src/engine/state");
    const settings = Settings.parse({});
    const read = readWorkbook(snapshot);
    const out = buildWritePlan({
      snapshot,
      read,
      result: compute(read, settings),
      settings,
      state: emptyState(),
    });
    if (!out.ok) throw new Error(out.refusals.map((r) => r.pesan.en).join(" | "));
    return out.plan;
  }

  it("writes Predikat beside each table, not only the largest", async () => {
    const plan = await planFor(twoTables(false));
    const predikat = plan.ranges
      .filter((r) => r.sheet === "Realisasi 2023" && r.address.startsWith("F"))
      .flatMap((r) => r.values!.flat());
    expect(predikat.filter((v) => v === "Sangat Baik" || v === "Baik")).toHaveLength(3);
  });

  it("leaves the smaller table alone when its added column would cover a user cell, and still writes the larger", async () => {
    const plan = await planFor(twoTables(true));
    const written = plan.ranges
      .filter((r) => r.sheet === "Realisasi 2023")
      .map((r) => r.address)
      .sort();
    // Capaian (E) and Predikat (F) of the first table only (header, then its rows); nothing on rows 6–7
    expect(written).toEqual(["E1", "E2:E3", "F1", "F2:F3"]);
  });
});
