/**
 * The per-row paths made cheap for 100k rows give the answers of the plain ones: cells without repeats
 * (short and long lists), year keys out of order, one finding per code and cell, the Renstra's one pass.
 */
import { perbandinganRenstra, yearKeys } from "../../src/engine/compare";
import { compute } from "../../src/engine/compute";
import type { SourceRef, Temuan } from "../../src/engine/model";
import { buatTemuan } from "../../src/engine/temuan";
import { indicator, settings, sv } from "./helpers";

const at = (cell: string, sheet = "Lembar"): SourceRef => ({ sheet, cell });

describe("the cells of a finding", () => {
  it("drop repeats and blanks, first seen first, in a short list", () => {
    const t = buatTemuan("TARGET_NOL", [at("E4"), undefined, at("E4"), at("E4", "Lain"), at("F4")], "a", "b");
    expect(t.sel).toEqual([at("E4"), at("E4", "Lain"), at("F4")]);
  });
  it("drop repeats the same way in a long list (a sasaran's every indicator)", () => {
    const cells = Array.from({ length: 30 }, (_, i) => at(`C${(i % 12) + 1}`));
    const t = buatTemuan("NILAI_TIDAK_TERBACA", [undefined, ...cells], "a", "b");
    expect(t.sel).toEqual(Array.from({ length: 12 }, (_, i) => at(`C${i + 1}`)));
  });
  it("keep the message text as given", () => {
    const n = 1234.5;
    const t = buatTemuan("TARGET_NOL", [], `Nilai ${n} di ${"Lembar"}!${"E4"}`, `Value ${n}`, "x");
    expect(t.pesan).toEqual({ id: "Nilai 1234.5 di Lembar!E4", en: "Value 1234.5" });
    expect(t.indicatorId).toBe("x");
  });
});

describe("year keys", () => {
  it("come ascending when the record lists them out of order", () => {
    // "5e03" and "2e03" are four characters naming whole years but are not array indices: listed as inserted
    expect(yearKeys({ "5e03": 1, "2e03": 1, "2024": 1, catatan: 1 })).toEqual([2000, 2024, 5000]);
    expect(yearKeys({ "2026": 1, "2021": 1, "999": 1 })).toEqual([2021, 2026]);
    expect(yearKeys(undefined)).toEqual([]);
  });
});

describe("one finding per code and cell", () => {
  const temuan = (kode: Temuan["kode"], sel: SourceRef[], id: string): Temuan => ({
    kode,
    tingkat: "peringatan",
    sel,
    pesan: { id, en: id },
  });
  it("tells apart codes, sheets and cells, and findings without a cell by their text", () => {
    const reader = [
      temuan("NILAI_TIDAK_TERBACA", [at("E4")], "satu"),
      temuan("NILAI_TIDAK_TERBACA", [at("E4")], "ulang"),
      temuan("NILAI_TIDAK_TERBACA", [at("E4", "Lain")], "lembar lain"),
      temuan("TARGET_NOL", [at("E4")], "kode lain"),
      temuan("PENCOCOKAN_LEMAH", [], "tanpa sel"),
      temuan("PENCOCOKAN_LEMAH", [], "tanpa sel"),
      temuan("PENCOCOKAN_LEMAH", [], "tanpa sel, lain"),
    ];
    const res = compute({ indicators: [], anggaran: [], aggregates: [], temuan: reader }, settings());
    expect(res.temuan.map((t) => t.pesan.id)).toEqual([
      "satu",
      "lembar lain",
      "kode lain",
      "tanpa sel",
      "tanpa sel, lain",
    ]);
  });
});

describe("the Renstra in one pass", () => {
  it("a blank last year leaves a rate without an implied end target; a count sums the years it has", () => {
    const targets = { "2022": sv("60%"), "2023": sv("62%"), "2024": sv("-") };
    const rate = indicator({
      indikator: "Persentase layanan",
      satuan: "%",
      tahun: { "2023": { realisasi: sv("61%") } },
      renstra: { targets },
    });
    const r = perbandinganRenstra(rate, 2023, "naik", "cermin");
    expect(r?.targetAkhirTersirat).toBeNull();
    expect(r?.progres).toBeNull();
    const count = indicator({
      indikator: "Jumlah dokumen",
      satuan: "Dokumen",
      tahun: { "2022": { realisasi: sv("3") }, "2023": { realisasi: sv("4") } },
      renstra: { targets: { "2022": sv("5"), "2023": sv("-"), "2024": sv("6") } },
    });
    const c = perbandinganRenstra(count, 2023, "naik", "cermin");
    expect(c?.targetAkhirTersirat).toBe(11);
    expect(c?.progres).toBeCloseTo((7 / 11) * 100, 10);
    expect(c?.perTahun.map((y) => y.realisasi)).toEqual([3, 4, null]);
  });
});
