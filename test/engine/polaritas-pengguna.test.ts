/**
 * A polaritas the user sets replaces the reader's guess: the POLARITAS_DITEBAK finding goes, and so does
 * every finding computed from the guessed polaritas, on this run and on every later run (the choice is
 * stored in the workbook). Findings are rebuilt from the settings in force each time, never carried over.
 */
import { compute } from "../../src/engine/compute";
import type { Temuan } from "../../src/engine/model";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { runCapaian, type RunOutcome } from "../../src/pipeline/run";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { settings } from "./helpers";

const SASARAN = "Menurunnya angka kemiskinan";

/** "Angka kemiskinan" is guessed turun; the sheet printed its capaian as R/T (naik): 9 / 10 = 90. */
function pengukuran() {
  const s = new SheetBuilder("Pengukuran 2024");
  s.row(["Pengukuran Kinerja Tahun 2024"]);
  s.row(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]);
  s.row([1, SASARAN, "Angka kemiskinan", "%", "10 %", "9 %", 90]);
  s.row([2, SASARAN, "Persentase KPM yang memperoleh bantuan sosial", "%", "71,5 %", "81,6 %", 114.13]);
  return workbook(s.build());
}

const kodes = (temuan: Temuan[], id: string) =>
  temuan
    .filter((t) => t.indicatorId === id)
    .map((t) => t.kode)
    .sort();

describe("compute", () => {
  const read = readWorkbook(pengukuran());
  const id = read.indicators[0]!.id;

  it("the guess and the findings of the guessed polaritas", () => {
    expect(read.indicators[0]).toMatchObject({ polaritas: "turun", polaritasInferred: true });
    const res = compute(read, settings());
    expect(res.indikator[0]!.capaian).toBeCloseTo(110, 10);
    expect(kodes(res.temuan, id)).toEqual(["CAPAIAN_TIDAK_SESUAI", "POLARITAS_DITEBAK"]);
  });

  it("the user's polaritas leaves no stale finding behind", () => {
    const res = compute(read, settings({ polaritas: { [id]: "naik" } }));
    expect(res.indikator[0]).toMatchObject({ polaritas: "naik", capaian: 90 });
    expect(kodes(res.temuan, id)).toEqual([]);
    // the reader's own result is left as read
    expect(read.temuan.some((t) => t.kode === "POLARITAS_DITEBAK")).toBe(true);
  });

  it("the user confirming the guess also ends the guess", () => {
    const res = compute(read, settings({ polaritas: { [id]: "turun" } }));
    expect(kodes(res.temuan, id)).toEqual(["CAPAIAN_TIDAK_SESUAI"]);
  });

  it("a polaritas set on an indicator that was not guessed changes its findings too", () => {
    const other = read.indicators[1]!.id;
    const before = compute(read, settings());
    expect(kodes(before.temuan, other)).toEqual([]);
    const res = compute(read, settings({ polaritas: { [other]: "turun" } }));
    expect(res.indikator[1]!.polaritas).toBe("turun");
    // 2 × 71,5 − 81,6 over 71,5: the printed 114,13 no longer fits
    expect(kodes(res.temuan, other)).toEqual(["CAPAIAN_TIDAK_SESUAI"]);
  });
});

describe("the pipeline, run after run on one workbook", () => {
  const fake = fakeWorkbookFromSnapshot(pengukuran());
  const gateway = () => createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
  const ok = (o: RunOutcome) => {
    if (!o.ok) throw new Error(JSON.stringify(o.refusals));
    return o;
  };

  it("a run with the user's polaritas, then a run with nothing chosen: both without the stale findings", async () => {
    const first = ok(await runCapaian(gateway(), { tabel: [] }));
    const id = first.read.indicators[0]!.id;
    expect(kodes(first.result.temuan, id)).toEqual(["CAPAIAN_TIDAK_SESUAI", "POLARITAS_DITEBAK"]);

    const chosen = ok(await runCapaian(gateway(), { settings: { polaritas: { [id]: "naik" } }, tabel: [] }));
    expect(kodes(chosen.result.temuan, id)).toEqual([]);
    expect(chosen.state.settings.polaritas).toEqual({ [id]: "naik" });

    // the next run reads the choice back from the workbook
    const later = ok(await runCapaian(gateway(), { tabel: [] }));
    expect(later.settings.polaritas).toEqual({ [id]: "naik" });
    expect(later.result.indikator[0]).toMatchObject({ polaritas: "naik", capaian: 90 });
    expect(kodes(later.result.temuan, id)).toEqual([]);
  });
});
