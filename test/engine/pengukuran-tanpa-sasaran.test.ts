/** Tabel 3.1: indicators that name no sasaran are listed, without a "Rata-rata capaian sasaran" row of "—". */
import { compute } from "../../src/engine/compute";
import { resolveScale } from "../../src/engine/predikat";
import { Settings } from "../../src/engine/settings";
import { TABLE_BUILDERS } from "../../src/engine/tables";
import { tableContext } from "../../src/engine/tables/context";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

test("a group without a sasaran gets no sasaran average row; a sasaran keeps its own", () => {
  const s = new SheetBuilder("Realisasi 2023");
  s.row(["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi"]);
  s.row([1, "Meningkatnya PPKS Mandiri", "Persentase PPKS Mandiri", 3.25, 3.63]);
  // a table with no sasaran column: its indicator names none
  const u = new SheetBuilder("Penjelasan 2023");
  u.row(["Uraian", "Target", "Realisasi"]);
  u.row(["Jumlah Fakir Miskin", 16013, 16013]);
  const settings = Settings.parse({ tahun: 2023 });
  const read = readWorkbook(workbook(s.build(), u.build()));
  expect(read.indicators.map((i) => i.sasaran)).toEqual(["Meningkatnya PPKS Mandiri", ""]);
  const result = compute(read, settings);
  const model = TABLE_BUILDERS["3.1"](tableContext(result, settings, resolveScale(settings.skala)));
  const texts = model.body.map((r) => r.cells.map((c) => (c ? String(c.value) : "")).join("|"));
  const averages = texts.filter((t) => t.includes("Rata-rata capaian sasaran"));
  expect(averages).toHaveLength(1);
  expect(texts.some((t) => t.includes("Jumlah Fakir Miskin"))).toBe(true);
});
