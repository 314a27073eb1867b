/**
 * A group header decides what the Target | Realisasi under it measure: "Kinerja", "Keluaran", "Fisik",
 * "Output" beside "Anggaran" or "Keuangan" (SPM reports, the PP 39/2006 form) make a table of indicators with
 * their budget, not a budget table. A family of group words, label headers, both orders, the performance word
 * in the column's own header instead of a group, and budget tables that stay budget tables.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { complaints } from "../helpers/complaints";

const T = 2024;
// [name, target, realisasi, capaian, pagu, realisasi anggaran, serapan]; the second spends beyond its pagu
const ROWS: [string, number, number, number, number, number, number][] = [
  [
    "Pelayanan rehabilitasi sosial anak terlantar di luar panti",
    420,
    401,
    95.48,
    5120000000,
    4870000000,
    95.12,
  ],
  ["Penyediaan air minum curah lintas kecamatan", 15, 16, 106.67, 3100000000, 3188000000, 102.84],
  ["Pelayanan penyelamatan korban kebakaran", 120, 114, 95.0, 940000000, 902400000, 96.0],
];

interface Shape {
  label: string;
  kinerja: string;
  anggaran: string;
  anggaranFirst?: boolean;
  subs?: { kinerja: string[]; anggaran: string[] };
}

const KINERJA_SUBS = ["Target", "Realisasi", "Capaian (%)"];
const ANGGARAN_SUBS = ["Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"];

function read(s: Shape) {
  const sb = new SheetBuilder("SPM");
  sb.row([`LAPORAN PENERAPAN SPM TAHUN ${T}`]);
  sb.blank();
  const k = s.subs?.kinerja ?? KINERJA_SUBS;
  const a = s.subs?.anggaran ?? ANGGARAN_SUBS;
  const groups = s.anggaranFirst
    ? [s.anggaran, "", "", s.kinerja, "", ""]
    : [s.kinerja, "", "", s.anggaran, "", ""];
  const h = sb.row(["No", s.label, ...groups]);
  sb.row(["", "", ...(s.anggaranFirst ? [...a, ...k] : [...k, ...a])]);
  sb.mergeDown(0, h, h + 1).mergeDown(1, h, h + 1);
  sb.mergeAcross(h, 2, 4).mergeAcross(h, 5, 7);
  ROWS.forEach((d, i) => {
    const kv: CellValue[] = [d[1], d[2], d[3]];
    const av: CellValue[] = [d[4], d[5], d[6]];
    sb.row([i + 1, d[0], ...(s.anggaranFirst ? [...av, ...kv] : [...kv, ...av])]);
  });
  return readWorkbook(workbook(sb.build()));
}

function expectIndicatorsWithBudget(r: ReturnType<typeof read>): void {
  expect(r.tables[0]!.kind).toBe("realisasi");
  expect(r.indicators.map((i) => i.indikator)).toEqual(ROWS.map((d) => d[0]));
  expect(r.indicators.map((i) => i.tahun[String(T)]?.target?.raw)).toEqual(ROWS.map((d) => d[1]));
  expect(r.indicators.map((i) => i.tahun[String(T)]?.realisasi?.raw)).toEqual(ROWS.map((d) => d[2]));
  expect(r.indicators.map((i) => i.anggaran?.pagu?.raw)).toEqual(ROWS.map((d) => d[4]));
  expect(r.indicators.map((i) => i.anggaran?.realisasi?.raw)).toEqual(ROWS.map((d) => d[5]));
  // the planted overspend is found on the indicator's own budget
  expect(complaints(r, T).filter((c) => c.startsWith("REALISASI_MELEBIHI_PAGU"))).toHaveLength(1);
}

const KINERJA_GROUPS = ["Kinerja", "Keluaran", "Fisik", "Capaian Kinerja", "Output", "Kinerja (K)"];
const ANGGARAN_GROUPS = ["Anggaran", "Keuangan", "Anggaran (Rp)", "Pendanaan (Rp)"];
const LABELS = ["Jenis Pelayanan Dasar", "Uraian", "Kegiatan / Keluaran", "Program/Kegiatan"];

describe("a performance group beside a budget group: indicators with their budget", () => {
  const cases = KINERJA_GROUPS.flatMap((kinerja, i) => [
    [kinerja, ANGGARAN_GROUPS[i % ANGGARAN_GROUPS.length]!, LABELS[i % LABELS.length]!, false] as const,
    [
      kinerja,
      ANGGARAN_GROUPS[(i + 1) % ANGGARAN_GROUPS.length]!,
      LABELS[(i + 2) % LABELS.length]!,
      true,
    ] as const,
  ]);
  test.each(cases)("%s beside %s, label %s, budget first: %s", (kinerja, anggaran, label, anggaranFirst) => {
    expectIndicatorsWithBudget(read({ kinerja, anggaran, label, anggaranFirst }));
  });

  test("the performance word in the columns' own headers, under a plain group", () => {
    expectIndicatorsWithBudget(
      read({
        kinerja: "Tahun 2024",
        anggaran: "Tahun 2024",
        label: "Uraian",
        subs: {
          kinerja: ["Target Kinerja", "Realisasi Kinerja", "Capaian (%)"],
          anggaran: ["Pagu Anggaran", "Realisasi Anggaran", "Serapan (%)"],
        },
      }),
    );
  });
});

describe("budget tables stay budget tables", () => {
  test.each(["Target", "Rencana"])(
    "'Anggaran' over %s | Realisasi | %% beside a second budget group",
    (t) => {
      const r = read({
        kinerja: "Anggaran Murni",
        anggaran: "Anggaran Perubahan",
        label: "Program/Kegiatan",
        subs: { kinerja: [t, "Realisasi", "%"], anggaran: ANGGARAN_SUBS },
      });
      expect(r.tables[0]!.kind).toBe("anggaran");
      expect(r.indicators).toEqual([]);
    },
  );
});
