/**
 * The medium-term plan's target beside the year's agreement (a Kementerian's IKU table, a province's table
 * against the RPJMD): the column naming the plan is the Renstra target of its year, the PK's is the target
 * the year is measured against, and the two are never "targets that differ". A family of wordings (Renstra,
 * Rencana Strategis, RPJMD, RPJMN, Jangka Menengah against PK, Perjanjian Kinerja, Tahunan, a plain
 * "Target"), both orders, a group header over the pair, and a lone plan column left to the table's kind.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { complaints } from "../helpers/complaints";

const T = 2024;
// [indikator, satuan, plan target, PK target, realisasi]
const IKU: [string, string, number, number, number][] = [
  ["Persentase PPKS yang mendapatkan layanan rehabilitasi sosial", "%", 82, 80, 84.37],
  ["Nilai Reformasi Birokrasi", "Nilai", 85, 83, 87.42],
  ["Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "%", 90, 90, 93.6],
];

function read(
  header: CellValue[],
  row: (d: (typeof IKU)[number], i: number) => CellValue[],
  group?: CellValue[],
) {
  const sb = new SheetBuilder("Tabel 3.1");
  sb.row([`Capaian Indikator Kinerja Utama Tahun ${T}`]);
  sb.blank();
  const g = group ? sb.row(group) : undefined;
  const h = sb.row(header);
  if (g !== undefined) {
    const at = group!.findIndex((x) => x === "Target");
    sb.mergeAcross(g, at, at + 1);
    for (let c = 0; c < header.length; c++) if (header[c] === "") sb.mergeDown(c, g, h);
  }
  IKU.forEach((d, i) => sb.row(row(d, i)));
  return readWorkbook(workbook(sb.build()));
}

const PAIRS: [plan: string, pk: string][] = [
  ["Target Renstra 2024", "Target PK 2024"],
  ["Target Renstra", "Target PK"],
  ["Target Rencana Strategis 2024", "Target Perjanjian Kinerja 2024"],
  ["Target RPJMD 2024", "Target 2024"],
  ["Target RPJMN 2024", "Target PK 2024"],
  ["Target Jangka Menengah", "Target Tahunan"],
];

describe("the plan's target beside the PK's", () => {
  test.each(PAIRS.flatMap(([p, k]) => [[p, k, "plan first"] as const, [p, k, "PK first"] as const]))(
    "%s | %s (%s)",
    (plan, pk, order) => {
      const first = order === "plan first";
      const r = read(
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          first ? plan : pk,
          first ? pk : plan,
          `Realisasi ${T}`,
          "Capaian (%)",
        ],
        (d, i) => [i + 1, d[0], d[1], first ? d[2] : d[3], first ? d[3] : d[2], d[4], ""],
      );
      const cols = r.tables[0]!.columns;
      expect(r.tables[0]!.kind).toBe("realisasi");
      expect(cols.find((c) => c.header === plan)?.role).toBe("renstraTarget");
      expect(cols.find((c) => c.header === pk)?.role).toBe("target");
      expect(r.indicators.map((i) => i.tahun[String(T)]?.target?.raw)).toEqual(IKU.map((d) => d[3]));
      expect(r.indicators.map((i) => i.renstra?.targets?.[String(T)]?.raw)).toEqual(IKU.map((d) => d[2]));
      // DOMAIN.md: a PK target other than the Renstra's is worth a warning, only where they differ
      const said = complaints(r, T);
      expect(said.map((s) => s.split(" ")[0])).toEqual([
        "NILAI_BERBEDA_ANTAR_TABEL",
        "NILAI_BERBEDA_ANTAR_TABEL",
      ]);
      expect(said.join()).not.toContain(IKU[2]![0]);
    },
  );

  test("a group 'Target' over 'Renstra | PK', and the capaian against each", () => {
    const r = read(
      ["", "", "", "Renstra", "PK", "", "", ""],
      (d, i) => [i + 1, d[0], d[1], d[2], d[3], d[4], (d[4] / d[3]) * 100, (d[4] / d[2]) * 100],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target",
        "",
        `Realisasi ${T}`,
        "% Capaian terhadap Target PK",
        "% Capaian terhadap Target Renstra",
      ],
    );
    const roles = r.tables[0]!.columns.map((c) => c.role);
    expect(roles.slice(3)).toEqual(["renstraTarget", "target", "realisasi", "capaian", "keterangan"]);
    expect(r.indicators.map((i) => i.renstra?.targets?.[String(T)]?.raw)).toEqual(IKU.map((d) => d[2]));
    expect(r.indicators.map((i) => i.tahun[String(T)]?.capaianTercetak?.raw)).toEqual(
      IKU.map((d) => (d[4] / d[3]) * 100),
    );
    expect(complaints(r, T).filter((s) => !s.startsWith("NILAI_BERBEDA_ANTAR_TABEL"))).toEqual([]);
  });

  test("a lone column naming the Renstra is left to the table: still this year's target", () => {
    const r = read(
      ["No", "Indikator Kinerja", "Satuan", `Target Renstra ${T}`, `Realisasi ${T}`, "Capaian (%)"],
      (d, i) => [i + 1, d[0], d[1], d[2], d[4], (d[4] / d[2]) * 100],
    );
    expect(r.tables[0]!.columns[3]!.role).toBe("target");
    expect(r.indicators.map((i) => i.tahun[String(T)]?.target?.raw)).toEqual(IKU.map((d) => d[2]));
  });

  test("the plan's target of another year beside this year's PK is the plan's for that year", () => {
    const r = read(
      ["No", "Indikator Kinerja", "Satuan", "Target Renstra 2025", `Target PK ${T}`, `Realisasi ${T}`],
      (d, i) => [i + 1, d[0], d[1], d[2], d[3], d[4]],
    );
    expect(r.tables[0]!.columns[3]!.role).toBe("renstraTarget");
    expect(r.indicators.map((i) => i.renstra?.targets?.["2025"]?.raw)).toEqual(IKU.map((d) => d[2]));
    expect(r.indicators.map((i) => i.tahun[String(T)]?.target?.raw)).toEqual(IKU.map((d) => d[3]));
  });
});
