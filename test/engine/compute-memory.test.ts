/**
 * The compact forms the compute result keeps alive (shared Renstra rows, small integers, exact-size cell
 * lists) give the very answers of the plain ones.
 */
import { BarisTanpaRealisasi, perbandinganRenstra } from "../../src/engine/compare";
import { compute } from "../../src/engine/compute";
import { ringkas, ringkasAtauNull } from "../../src/engine/indicator-kind";
import type { SourceRef } from "../../src/engine/model";
import { buatTemuan } from "../../src/engine/temuan";
import { indicator, settings, sv } from "./helpers";

const at = (cell: string, sheet = "Lembar"): SourceRef => ({ sheet, cell });

describe("a number held small", () => {
  it("is the same number, -0, NaN, fractions and numbers past 32 bits included", () => {
    const xs = [0, -0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, 1.5, -2.25, 1e21, NaN, Infinity];
    for (const x of xs) expect(Object.is(ringkas(x), x)).toBe(true);
    expect(ringkasAtauNull(null)).toBeNull();
  });
});

describe("Renstra rows without a realisasi", () => {
  it("are one frozen row per year and target, a -0 target apart", () => {
    const b = new BarisTanpaRealisasi();
    const r = b.baris(2025, 80);
    expect(r).toEqual({ tahun: 2025, target: 80, realisasi: null, capaian: null });
    expect(Object.isFrozen(r)).toBe(true);
    expect(b.baris(2025, 80)).toBe(r);
    expect(b.baris(2026, 80)).not.toBe(r);
    expect(b.baris(2025, "AA")).not.toBe(b.baris(2025, null));
    expect(b.baris(2025, 0)).not.toBe(b.baris(2025, -0));
    expect(Object.is(b.baris(2025, -0).target, -0)).toBe(true);
  });

  const renstra = (nama: string, realisasi: string) =>
    indicator({
      indikator: nama,
      satuan: "%",
      tahun: { "2023": { target: sv("62%"), realisasi: sv(realisasi) } },
      renstra: { targets: { "2022": sv("60%"), "2023": sv("62%"), "2024": sv("64%") }, akhir: sv("64%") },
    });

  it("give the comparison of the plain rows, shared between indicators", () => {
    const bersama = new BarisTanpaRealisasi();
    const a = renstra("Persentase layanan", "61,5%");
    const b = renstra("Persentase lain", "63%");
    const ra = perbandinganRenstra(a, 2023, "naik", "cermin", undefined, undefined, bersama);
    const rb = perbandinganRenstra(b, 2023, "naik", "cermin", undefined, undefined, bersama);
    expect(ra).toEqual(perbandinganRenstra(a, 2023, "naik", "cermin"));
    expect(rb).toEqual(perbandinganRenstra(b, 2023, "naik", "cermin"));
    // 2022 has no realisasi (none before the Renstra's own), 2024 is still to come: shared
    expect(ra?.perTahun[0]).toBe(rb?.perTahun[0]);
    expect(ra?.perTahun[2]).toBe(rb?.perTahun[2]);
    // the reporting year has each indicator's own realisasi
    expect(ra?.perTahun[1]).not.toBe(rb?.perTahun[1]);
    expect(ra?.perTahun[1]?.capaian).toBeCloseTo((61.5 / 62) * 100, 10);
    // an exact-size list with no holes
    expect(Object.keys(ra?.perTahun ?? [])).toEqual(["0", "1", "2"]);
  });

  it("are shared across one compute run", () => {
    const ind = [renstra("Persentase layanan", "61,5%"), renstra("Persentase lain", "63%")];
    ind[1] = { ...ind[1]!, id: "lain" };
    const res = compute({ indicators: ind, anggaran: [], aggregates: [], temuan: [] }, settings());
    const [a, b] = res.renstra;
    expect(a?.perTahun[2]).toBe(b?.perTahun[2]);
    expect(Object.isFrozen(a?.perTahun[2])).toBe(true);
    expect(a?.perTahun.map((r) => r.target)).toEqual([60, 62, 64]);
  });
});

describe("a finding's cells and fields", () => {
  it("drop a repeated or missing cell of a pair", () => {
    const t = (sel: Array<SourceRef | undefined>) => buatTemuan("TARGET_NOL", sel, "a", "b").sel;
    expect(t([at("E4"), at("E4")])).toEqual([at("E4")]);
    expect(t([at("E4"), at("E4", "Lain")])).toEqual([at("E4"), at("E4", "Lain")]);
    expect(t([undefined, at("F4")])).toEqual([at("F4")]);
    expect(t([at("F4"), undefined])).toEqual([at("F4")]);
    expect(t([undefined])).toEqual([]);
    expect(t([])).toEqual([]);
  });

  it("keep a message whole, a NUL character in it included", () => {
    const name = "Persentase layanan";
    const t = buatTemuan("TARGET_NOL", [], `Target "${name}"\u0000 ${1.5}`, `x${"y".repeat(40)}`);
    expect(t.pesan).toEqual({ id: 'Target "Persentase layanan"\u0000 1.5', en: `x${"y".repeat(40)}` });
  });

  it("list the same keys in the same order, indicatorId only when there is one", () => {
    expect(Object.keys(buatTemuan("TARGET_NOL", [at("E4")], "a", "b"))).toEqual([
      "kode",
      "tingkat",
      "sel",
      "pesan",
    ]);
    expect(Object.keys(buatTemuan("TARGET_NOL", [at("E4")], "a", "b", "x"))).toEqual([
      "kode",
      "tingkat",
      "sel",
      "pesan",
      "indicatorId",
    ]);
  });
});
