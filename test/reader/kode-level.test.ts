/**
 * A row's Permendagri 90 code says its level (urusan.bidang.program, .kegiatan, .subkegiatan), whatever its
 * name column is called: "Program dan Kegiatan" over programs and kegiatan is no column of programs only.
 * An outline number ("1.1.2") is no such code and leaves the column to decide.
 */
import type { Level } from "../../src/engine/model";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts";

const ROWS: [string, string, string, Level][] = [
  ["1.02.02", "Program Pemenuhan Upaya Kesehatan", "Persentase fasilitas kesehatan terakreditasi", "program"],
  [
    "1.02.02.2.01",
    "Penyediaan Fasilitas Pelayanan Kesehatan",
    "Jumlah puskesmas yang direhabilitasi",
    "kegiatan",
  ],
  ["1.02.02.2.01.0003", "Pembangunan Puskesmas", "Jumlah puskesmas yang dibangun", "subkegiatan"],
  ["2.17.03.2.02", "Pengembangan Koperasi", "Jumlah koperasi yang dibina", "kegiatan"],
];

function read(nameHeader: string, kodes: string[]) {
  const sb = new SheetBuilder("Renstra");
  sb.row(["Rencana Program dan Kegiatan Renstra 2022-2026"]);
  sb.row(["Kode", nameHeader, "Indikator Kinerja", "Satuan", "Target 2022", "Target 2023", "Target 2024"]);
  ROWS.forEach((d, i) => sb.row([kodes[i]!, d[1], d[2], "unit", 3, 4, 5]));
  return readWorkbook(workbook(sb.build()));
}

describe("the level a row's code says", () => {
  test.each(["Program dan Kegiatan", "Program/Kegiatan", "Program, Kegiatan dan Sub Kegiatan", "Program"])(
    "%s: each row's level is its code's depth",
    (header) => {
      const r = read(
        header,
        ROWS.map((d) => d[0]),
      );
      expect(r.indicators.map((i) => i.level)).toEqual(ROWS.map((d) => d[3]));
    },
  );

  test("outline numbers are no Permendagri code: the column still decides", () => {
    const r = read("Program", ["1.1.1", "1.1.2", "1.1.3", "1.2.1"]);
    expect(new Set(r.indicators.map((i) => i.level))).toEqual(new Set(["program"]));
  });
});
