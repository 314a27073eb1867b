/**
 * A Rencana Aksi with each indicator's annual target on its own row and its quarters in rows under it
 * (action | TW | the quarter's target, the indicator cell blank): the quarter rows belong to the indicator
 * above, their targets filed per quarter; the action column is words, not a target.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts";

const IND: [string, number, number[]][] = [
  ["Persentase desa Stop Buang Air Besar Sembarangan", 60, [15, 30, 45, 60]],
  ["Jumlah sarana air minum yang diawasi", 120, [20, 50, 90, 120]],
];
const ACTIONS = ["Pendataan", "Pemicuan dan sosialisasi", "Pendampingan lapangan", "Evaluasi dan pelaporan"];

interface Variant {
  heads: [string, string, string, string];
  labels: string[];
}

function read(v: Variant) {
  const sb = new SheetBuilder("Rencana Aksi");
  sb.row(["RENCANA AKSI KINERJA TAHUN 2024"]);
  sb.row(["No", "Indikator Kinerja", "Satuan", ...v.heads]);
  for (const [i, d] of IND.entries()) {
    sb.row([i + 1, d[0], "%", d[1], "", "", ""]);
    d[2].forEach((t, k) => sb.row(["", "", "", "", ACTIONS[k]!, v.labels[k]!, t] as CellValue[]));
  }
  return readWorkbook(workbook(sb.build()));
}

describe("quarter rows under an indicator's year line", () => {
  test.each<Variant>([
    {
      heads: ["Target Tahunan", "Rencana Aksi", "Triwulan", "Target Triwulan"],
      labels: ["I", "II", "III", "IV"],
    },
    { heads: ["Target 2024", "Aksi", "Periode", "Target"], labels: ["TW I", "TW II", "TW III", "TW IV"] },
    {
      heads: ["Target Tahun 2024", "Uraian Rencana Aksi", "Triwulan", "Target per Triwulan"],
      labels: ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"],
    },
  ])("%j: each quarter's target joins the indicator above", (v) => {
    const r = read(v);
    expect(r.indicators).toHaveLength(IND.length);
    IND.forEach((d, i) => {
      const ind = r.indicators[i]!;
      expect(ind.indikator).toBe(d[0]);
      expect(ind.tahun["2024"]?.target?.parsed).toEqual({ kind: "number", value: d[1] });
      const tw = (ind.tahun["2024"]?.triwulan?.target ?? []).map((v) =>
        v?.parsed.kind === "number" ? v.parsed.value : undefined,
      );
      expect(tw).toEqual(d[2]);
    });
    expect(r.tables[0]!.columns.find((c) => /aksi/i.test(c.header))?.role).toBe("keterangan");
  });
});
