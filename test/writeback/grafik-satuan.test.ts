/**
 * Tabel 3.1 and 3.2 chart what is comparable: target and realisasi (or realisasi per year) when
 * every charted indicator has one unit, the capaian (%) when a count stands beside percentages
 * (16.013 KK on the axis of 3,25 % flattens every other bar to nothing).
 */
import type { PerbandinganTahunan } from "../../src/engine/result";
import { resolveScale } from "../../src/engine/predikat";
import { Settings } from "../../src/engine/settings";
import { tableContext } from "../../src/engine/tables/context";
import { tabelPengukuran } from "../../src/engine/tables/pengukuran";
import { satuanBaku, satuanSeragam } from "../../src/engine/tables/satuan-grafik";
import { tabelTahunan } from "../../src/engine/tables/tahunan";
import { computeResult, ROWS, type SeedRow } from "../fixtures/writeback/seed000";

const settings = Settings.parse({});
const [psks, pmks, sakip] = ROWS as [SeedRow, SeedRow, SeedRow];
const fakir: SeedRow = {
  id: "fakir",
  sasaran: "Menurunnya jumlah fakir miskin",
  indikator: "Jumlah Fakir Miskin",
  satuan: "KK",
  target: 16000,
  realisasi: 16013,
  capaianTercetak: "100 %",
};

function ctxOf(rows: SeedRow[], tahunan?: PerbandinganTahunan[]) {
  const result = computeResult(rows);
  if (tahunan) result.tahunan = tahunan;
  return tableContext(result, settings, resolveScale(settings.skala));
}

function tahunanOf(id: string, rows: [number, number, number | null][]): PerbandinganTahunan {
  return {
    indicatorId: id,
    rows: rows.map(([tahun, realisasi, capaian]) => ({ tahun, target: null, realisasi, capaian })),
    perubahan: null,
    arah: null,
  };
}

describe("one unit for a chart's indicators", () => {
  test("spelling does not make a unit: case, spaces, persen", () => {
    expect(satuanBaku(" Persen ")).toBe("%");
    expect(satuanBaku("% ")).toBe("%");
    expect(satuanSeragam(["%", "persen", " PERSEN", "%"])).toBe(true);
    expect(satuanSeragam(["Jiwa", "jiwa"])).toBe(true);
    expect(satuanSeragam(["%", "KK"])).toBe(false);
    // an indicator without a unit may be the count that flattens the others
    expect(satuanSeragam(["%", null])).toBe(false);
  });
});

describe("Tabel 3.1's chart", () => {
  test("all indicators in % (Persen spelt apart): target and realisasi, as before", () => {
    const [chart, ...rest] = tabelPengukuran(ctxOf([psks, { ...pmks, satuan: " Persen" }, sakip])).charts;
    expect(rest).toEqual([]);
    expect(chart).toEqual({
      key: "grafik",
      type: "columnClustered",
      title: "Target dan Realisasi per Indikator Tahun 2024",
      data: [
        ["Indikator", "Target", "Realisasi"],
        [psks.indikator, 57, 59.87],
        [pmks.indikator, 76.5, 81.6],
      ],
    });
    // no number format of its own: the data cells keep the format they had
    expect(chart!.numberFormat).toBeUndefined();
  });

  test("% beside a count: the capaian (%) of every indicator with one, letter grades too", () => {
    const [chart] = tabelPengukuran(ctxOf([psks, pmks, fakir, sakip])).charts;
    expect(chart!.title).toBe("Capaian Kinerja per Indikator Tahun 2024 (%)");
    expect(chart!.data[0]).toEqual(["Indikator", "Capaian (%)"]);
    expect(chart!.data.slice(1).map((r) => r[0])).toEqual([
      psks.indikator,
      pmks.indikator,
      fakir.indikator,
      sakip.indikator,
    ]);
    expect(chart!.data[3]![1]).toBeCloseTo((16013 / 16000) * 100, 9);
    // capaian is already ×100: a plain decimal format, not "0%" (which would print 10008 %)
    expect(chart!.numberFormat).toBe("#,##0.00");
  });

  test("mixed units: an indicator without a computed capaian is left out of the chart", () => {
    const result = computeResult([psks, fakir, pmks]);
    const pmksResult = result.indikator.find((r) => r.indicatorId === "pmks")!;
    Object.assign(pmksResult, { capaian: null, predikat: null, status: "tanpa-target" });
    const [chart] = tabelPengukuran(tableContext(result, settings, resolveScale(settings.skala))).charts;
    expect(chart!.title).toMatch(/^Capaian Kinerja per Indikator/);
    expect(chart!.data.map((r) => r[0])).toEqual(["Indikator", psks.indikator, fakir.indikator]);
  });
});

describe("Tabel 3.2's chart", () => {
  const pct = tahunanOf("psks", [
    [2023, 56, 105.7],
    [2024, 59.97, 105.2],
  ]);
  const pct2 = tahunanOf("pmks", [[2024, 81.6, 106.7]]);
  const count = tahunanOf("fakir", [
    [2023, 15800, null],
    [2024, 16013, 100.08],
  ]);

  test("one unit: realisasi per year, as before", () => {
    const [chart] = tabelTahunan(ctxOf([psks, pmks], [pct, pct2])).charts;
    expect(chart).toEqual({
      key: "grafik",
      type: "line",
      title: "Realisasi Kinerja Tahun 2023 s.d. 2024",
      data: [
        ["Tahun", psks.indikator, pmks.indikator],
        ["2023", 56, null],
        ["2024", 59.97, 81.6],
      ],
    });
  });

  test("mixed units: the capaian per year per indicator", () => {
    const [chart] = tabelTahunan(ctxOf([psks, fakir], [pct, count])).charts;
    expect(chart).toEqual({
      key: "grafik",
      type: "line",
      title: "Capaian Kinerja Tahun 2023 s.d. 2024 (%)",
      data: [
        ["Tahun", psks.indikator, fakir.indikator],
        ["2023", 105.7, null],
        ["2024", 105.2, 100.08],
      ],
      numberFormat: "#,##0.00",
    });
  });

  test("mixed units and no capaian in any year: no chart rather than a flattened one", () => {
    const noCap = (t: PerbandinganTahunan) => ({ ...t, rows: t.rows.map((r) => ({ ...r, capaian: null })) });
    const model = tabelTahunan(ctxOf([psks, fakir], [noCap(pct), noCap(count)]));
    expect(model.charts).toEqual([]);
    // the table itself is still written
    expect(model.body).toHaveLength(2);
  });
});
