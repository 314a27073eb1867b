/**
 * A PK lampiran that states, per quarter, the capaian it expects ("Prediksi Capaian (%) / Tw 1 … Tw 4", a
 * ministry's SAKIP format): a forecast is a plan, never a measured capaian, so the table stays a PK with its
 * targets. Wordings (Prediksi, Proyeksi, Prognosa, Perkiraan), quarter labels, and an estimate of the
 * realisasi, which is still read as one.
 */
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { complaints } from "../helpers/complaints";

const PK: [string, string, number[]][] = [
  ["Persentase UTTP bertanda tera sah yang berlaku", "78%", [20, 45, 70, 100]],
  ["Jumlah pasar tertib ukur", "24 pasar", [10, 35, 65, 100]],
];

function pk(group: string, quarters: string[]) {
  const sb = new SheetBuilder("Lampiran PK");
  sb.row(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2024"]);
  sb.blank();
  const h = sb.row(["No", "Indikator Kinerja", "Target", group, "", "", ""]);
  sb.row(["", "", "", ...quarters]);
  for (const c of [0, 1, 2]) sb.mergeDown(c, h, h + 1);
  sb.mergeAcross(h, 3, 6);
  PK.forEach((d, i) => sb.row([i + 1, d[0], d[1], ...d[2]]));
  return readWorkbook(workbook(sb.build()));
}

describe("a forecast of the capaian per quarter keeps the table a PK", () => {
  test.each([
    ["Prediksi Capaian (%)", ["Tw 1", "Tw 2", "Tw 3", "Tw 4"]],
    ["Proyeksi Capaian", ["TW I", "TW II", "TW III", "TW IV"]],
    ["Prognosa Capaian Kinerja (%)", ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]],
    ["Perkiraan Capaian (%)", ["I", "II", "III", "IV"]],
  ])("%s over %j", (group, quarters) => {
    const r = pk(group, quarters);
    expect(r.tables[0]!.kind).toBe("pk");
    expect(r.tables[0]!.columns.filter((c) => c.role === "capaian")).toEqual([]);
    expect(r.indicators.map((i) => i.tahun["2024"]?.target?.raw)).toEqual(PK.map((d) => d[1]));
    expect(complaints(r, 2024)).toEqual([]);
  });

  test("an estimate of the realisasi is still a realisasi", () => {
    expect(classifyHeader(["Perkiraan Realisasi Tahun 2024"]).role).toBe("realisasi");
    expect(classifyHeader(["Prediksi Capaian (%)", "Tw 2"]).role).toBe("keterangan");
  });
});
