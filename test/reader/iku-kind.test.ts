/**
 * An IKU names its indicators with one year's target (beside a kondisi awal, a data source, an owner); a
 * Renstra plans several years or an end target. The kind decides whether "Target 2024" is that year's
 * target or a Renstra year's.
 */
import type { TableKind } from "../../src/engine/mapping";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts";

const ROWS: [string, string, string, string][] = [
  ["Indeks Pembangunan Manusia", "Indeks", "69,10", "71,20"],
  ["Tingkat Pengangguran Terbuka", "%", "5,30", "4,10"],
  ["Laju pertumbuhan ekonomi", "%", "3,20", "5,10"],
];

function read(title: string, heads: string[], cells: (d: (typeof ROWS)[number]) => string[]) {
  const sb = new SheetBuilder("Lampiran");
  sb.row([title]);
  sb.blank();
  sb.row(["No", "Indikator Kinerja", "Satuan", ...heads]);
  ROWS.forEach((d, i) => sb.row([i + 1, d[0], d[1], ...cells(d)]));
  return readWorkbook(workbook(sb.build()));
}

describe("IKU or Renstra", () => {
  test.each([
    ["INDIKATOR KINERJA UTAMA (IKU) PEMERINTAH KABUPATEN", ["Kondisi Awal (2020)", "Target 2024"]],
    ["IKU Dinas Kesehatan Tahun 2024", ["Baseline 2021", "Target Tahun 2024"]],
    ["Daftar Indikator", ["Kondisi Awal", "Target 2024", "Sumber Data", "Penanggung Jawab"]],
    ["Indikator Kinerja Utama Perangkat Daerah", ["Capaian Awal 2019", "Target 2024", "Keterangan"]],
  ])("%s %j: one year's target is the target of that year", (title, heads) => {
    const r = read(title, heads, (d) => [d[2], d[3], "BPS", "Bappeda"].slice(0, heads.length));
    const t = r.tables[0]!;
    expect(t.kind).toBe<TableKind>("iku");
    expect(t.columns.find((c) => /target/i.test(c.header))).toMatchObject({ role: "target", tahun: 2024 });
    expect(r.indicators.map((i) => i.tahun["2024"]?.target?.parsed)).toEqual(
      ROWS.map((d) => ({ kind: "number", value: Number(d[3].replace(",", ".")) })),
    );
  });

  test.each([
    ["INDIKATOR KINERJA UTAMA (IKU)", ["Kondisi Awal", "Target 2023", "Target 2024", "Target 2025"]],
    ["IKU Pemerintah Kabupaten", ["Kondisi Awal", "Target 2024", "Kondisi Akhir 2026"]],
    ["IKU dalam Renstra 2021-2026", ["Kondisi Awal", "Target 2024"]],
  ])("%s %j: several years or an end target is a Renstra", (title, heads) => {
    const r = read(title, heads, (d) => heads.map((_, k) => (k === 0 ? d[2] : d[3])));
    expect(r.tables[0]!.kind).toBe<TableKind>("renstra");
  });
});
