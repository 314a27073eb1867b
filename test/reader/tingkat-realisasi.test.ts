/**
 * The Renja recap (Permendagri 86/2017 T-C.29) and its wordings: "Tingkat Realisasi (%)" is the realisasi's
 * share of the target, a capaian (in a budget table, the serapan); "Target Kinerja Capaian Program" is a target,
 * whatever "capaian" it names; the one Renstra target of a later year than the table measures is the plan's
 * end target; a Renja's measured year beside next year's target stays a measurement.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { complaints } from "../helpers/complaints";

describe("a rate of realisasi is a capaian", () => {
  test.each([
    ["Tingkat Realisasi (%)"],
    ["Tingkat Realisasi"],
    ["Rasio Realisasi (%)"],
    ["Tingkat Pencapaian (%)"],
    ["Tingkat Ketercapaian"],
    ["Tingkat Realisasi Kinerja (%)"],
  ])("%s", (h) => {
    expect(classifyHeader([h]).role).toBe("capaian");
    expect(classifyHeader(["Tahun 2023", h])).toMatchObject({ role: "capaian", tahun: 2023 });
  });
  test.each([["Realisasi (%)"], ["Realisasi Kinerja"], ["Persentase Realisasi Fisik"]])(
    "%s stays a realisasi",
    (h) => expect(classifyHeader([h]).role).toBe("realisasi"),
  );
});

describe("a header that starts with Target is a target, whatever capaian it names", () => {
  test.each([
    ["Target Kinerja Capaian Program"],
    ["Target Capaian Program (Renstra) Tahun 2026"],
    ["Target Capaian Kinerja 2024"],
    ["Target Capaian (%)"],
  ])("%s", (h) => expect(classifyHeader([h]).role).toBe("target"));
  test("a comparison against the target is not one", () => {
    expect(classifyHeader(["Capaian terhadap Target Akhir (%)"]).role).toBe("capaianRenstra");
    expect(classifyHeader(["Target terhadap Realisasi (%)"]).role).not.toBe("target");
  });
});

const BUDGET: [string, number, number, number][] = [
  ["Program Peningkatan Daya Tarik Destinasi Pariwisata", 1200000000, 1150000000, 95.83],
  ["Program Pemasaran Pariwisata", 800000000, 760000000, 95],
];

test.each(["Tingkat Realisasi (%)", "Tingkat Realisasi", "Rasio Realisasi (%)"])(
  "in a budget table %s is the serapan",
  (h) => {
    const sb = new SheetBuilder("Anggaran");
    sb.row(["Realisasi Anggaran Tahun 2023"]);
    sb.blank();
    sb.row(["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", h]);
    BUDGET.forEach((d, i) => sb.row([i + 1, ...d]));
    const t = readWorkbook(workbook(sb.build())).tables[0]!;
    expect(t.kind).toBe("anggaran");
    expect(t.columns.map((c) => c.role)).toEqual(["no", "program", "pagu", "realisasiAnggaran", "serapan"]);
  },
);

// [indikator, end target, s/d 2022, T 2023, R 2023, % printed, T 2024]
const RENJA: [string, number, number, number, number, number, number][] = [
  ["Jumlah peserta pelatihan kerja (orang)", 5400, 3100, 1100, 1210, 110.0, 1150],
  ["Persentase desa wisata mandiri (%)", 30, 18, 21, 20.4, 97.14, 24],
  ["Jumlah festival budaya yang diselenggarakan (kegiatan)", 20, 11, 4, 5, 125.0, 4],
];

interface Words {
  title: string;
  akhir: string;
  lalu: string;
  rate: string;
  next: string;
}

function renja(w: Words) {
  const sb = new SheetBuilder("Renja");
  sb.row([w.title]);
  sb.blank();
  const h = sb.row([
    "No",
    "Indikator Kinerja Program/Kegiatan",
    w.akhir,
    "Realisasi s/d Tahun 2022",
    w.lalu,
    "",
    "",
  ]);
  const sub: CellValue[] = ["", "", "", "", "Target 2023", "Realisasi 2023", w.rate, w.next];
  sb.row(sub);
  for (const c of [0, 1, 2, 3]) sb.mergeDown(c, h, h + 1);
  sb.mergeAcross(h, 4, 6);
  RENJA.forEach((d, i) => sb.row([i + 1, ...d]));
  return readWorkbook(workbook(sb.build()));
}

const WORDS: Words[] = [
  {
    title: "Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah s/d Tahun 2023",
    akhir: "Target Kinerja Capaian Program (Renstra Perangkat Daerah) Tahun 2026",
    lalu: "Target dan Realisasi Kinerja Tahun Lalu (2023)",
    rate: "Tingkat Realisasi (%)",
    next: "Target Renja Tahun 2024",
  },
  {
    title: "Evaluasi Rencana Kerja Dinas Pariwisata Tahun 2023",
    akhir: "Target Renstra Tahun 2026",
    lalu: "Kinerja Tahun 2023",
    rate: "Tingkat Pencapaian (%)",
    next: "Target Tahun 2024",
  },
  {
    title: "Capaian Renja Tahun 2023",
    akhir: "Target RPJMD 2026",
    lalu: "Tahun 2023",
    rate: "Rasio Realisasi (%)",
    next: "Rencana 2024",
  },
];

describe("the Renja recap: the year measured, next year's target, the plan's end target", () => {
  test.each(WORDS)("$akhir | $lalu / $rate | $next", (w) => {
    const r = renja(w);
    const t = r.tables[0]!;
    expect(t.kind).toBe("realisasi");
    expect(t.columns.find((c) => c.header === w.akhir)?.role).toBe("targetAkhir");
    expect(r.indicators.map((i) => i.renstra?.akhir?.raw)).toEqual(RENJA.map((d) => d[1]));
    expect(r.indicators.map((i) => i.tahun["2023"]?.capaianTercetak?.raw)).toEqual(RENJA.map((d) => d[5]));
    expect(r.indicators.map((i) => i.tahun["2024"]?.target?.raw)).toEqual(RENJA.map((d) => d[6]));
    expect(complaints(r, 2023)).toEqual([]);
  });

  test("next year's plan target is that year's, not the end", () => {
    const sb = new SheetBuilder("Renja");
    sb.row(["Evaluasi Renja Tahun 2023"]);
    sb.blank();
    sb.row(["No", "Indikator Kinerja", "Target Renstra 2024", "Target 2023", "Realisasi 2023"]);
    RENJA.forEach((d, i) => sb.row([i + 1, d[0], d[6], d[3], d[4]]));
    const cols = readWorkbook(workbook(sb.build())).tables[0]!.columns;
    expect(cols.find((c) => c.header === "Target Renstra 2024")).toMatchObject({
      role: "renstraTarget",
      tahun: 2024,
    });
  });

  test("two plan years are the plan's yearly targets, not its end", () => {
    const sb = new SheetBuilder("Renja");
    sb.row(["Evaluasi Renja Tahun 2023"]);
    sb.blank();
    sb.row([
      "No",
      "Indikator Kinerja",
      "Target Renstra 2025",
      "Target Renstra 2026",
      "Target 2023",
      "Realisasi 2023",
    ]);
    RENJA.forEach((d, i) => sb.row([i + 1, d[0], d[1], d[1], d[3], d[4]]));
    const cols = readWorkbook(workbook(sb.build())).tables[0]!.columns;
    expect(cols.filter((c) => c.role === "targetAkhir")).toEqual([]);
  });
});
