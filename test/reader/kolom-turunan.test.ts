/**
 * Columns derived from the values beside them: a difference ("Selisih", "Naik/Turun", "Kenaikan",
 * "Perubahan", "Deviasi", "Gap", "+/-") between last year's and this year's realisasi, and a capaian against
 * the Renstra end target ("R ÷ end target"). Neither is a second realisasi or a second end target: the
 * difference is kept as keterangan, the progress is the printed capaian Renstra the engine checks.
 * Each as a family of header words, positions and agencies' wording.
 */
import type { ReadResult } from "../../src/engine/mapping";
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { complaints } from "../helpers/complaints";

const T = 2024;

function sheet(title: string, header: CellValue[], rows: CellValue[][], group?: CellValue[]): ReadResult {
  const sb = new SheetBuilder("Tabel 3.3");
  sb.row([title]);
  sb.blank();
  if (group) sb.row(group);
  sb.row(header);
  for (const r of rows) sb.row(r);
  return readWorkbook(workbook(sb.build()));
}

// [indikator, satuan, R 2023, T 2024, R 2024, C 2024, R 2024 − R 2023]
const HISTORY: [string, string, number, number, number, number, number][] = [
  ["Persentase penegakan Perda", "%", 82.5, 85, 88.4, 104, 5.9],
  ["Jumlah anggota Satlinmas yang terlatih", "orang", 320, 400, 368, 92, 48],
  ["Persentase sarana prasarana dalam kondisi baik", "%", 70, 75, 75, 100, 5],
];

describe("a difference beside last year's and this year's realisasi is no realisasi", () => {
  const headers = [
    "Selisih",
    "Selisih Realisasi",
    "Selisih (%)",
    "Selisih 2023-2024",
    "Naik/Turun",
    "Kenaikan/(Penurunan)",
    "Peningkatan / Penurunan",
    "Perubahan",
    "Perubahan Realisasi",
    "Deviasi",
    "Gap",
    "+/-",
    "(+/−)",
    "Δ Realisasi",
  ];
  test.each(headers)("%s: read as keterangan", (h) => {
    expect(classifyHeader([h]).role).toBe("keterangan");
  });

  test.each(headers.flatMap((h) => [[h, "end"] as const, [h, "middle"] as const]))(
    "%s at the %s: realisasi 2023 is the printed one, and nothing differs",
    (h, at) => {
      const base = ["No", "Indikator Kinerja", "Satuan", "Realisasi 2023", "Target 2024", "Realisasi 2024"];
      const header = at === "end" ? [...base, "Capaian 2024 (%)", h] : [...base, h, "Capaian 2024 (%)"];
      const rows = HISTORY.map((d, i) => {
        const head = [i + 1, d[0], d[1], d[2], d[3], d[4]];
        return at === "end" ? [...head, d[5], d[6]] : [...head, d[6], d[5]];
      });
      const r = sheet("Perbandingan Realisasi Kinerja Tahun 2023 dengan Tahun 2024", header, rows);
      const diffCol = header.indexOf(h);
      expect(r.tables[0]!.columns.find((c) => c.col === diffCol)?.role).toBe("keterangan");
      for (const [i, d] of HISTORY.entries()) {
        const ind = r.indicators[i]!;
        expect(ind.tahun["2023"]?.realisasi?.parsed).toEqual({ kind: "number", value: d[2] });
        expect(ind.tahun["2024"]?.realisasi?.parsed).toEqual({ kind: "number", value: d[4] });
      }
      expect(complaints(r, T)).toEqual([]);
    },
  );

  test("under a Realisasi group: 2023 | 2024 | Selisih", () => {
    const r = sheet(
      "Perbandingan Realisasi Kinerja",
      ["", "", "", "2023", "2024", "Selisih", "", ""],
      HISTORY.map((d, i) => [i + 1, d[0], d[1], d[2], d[4], d[6], d[3], d[5]]),
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Realisasi",
        "Realisasi",
        "Realisasi",
        "Target 2024",
        "Capaian 2024",
      ],
    );
    expect(r.tables[0]!.columns.find((c) => c.col === 5)?.role).toBe("keterangan");
    expect(r.indicators.map((i) => i.tahun["2023"]?.realisasi?.raw)).toEqual(HISTORY.map((d) => d[2]));
    expect(complaints(r, T)).toEqual([]);
  });

  test("a revised target is no difference: 'Target Perubahan', 'Perubahan Target' stay targets", () => {
    expect(classifyHeader(["Target Perubahan"]).role).toBe("target");
    expect(classifyHeader(["Perubahan Target"]).role).toBe("target");
  });
});

// [indikator, satuan, T, R, C, end target, R ÷ end target]
const AKHIR: [string, string, number, number, number, number, number][] = [
  ["Angka Partisipasi Kasar (APK) SMP", "%", 95.5, 96.12, 100.65, 98, 98.08],
  ["Angka Partisipasi Murni (APM) SD", "%", 98, 97.45, 99.44, 99, 98.43],
  ["Persentase sekolah terakreditasi A", "%", 60, 63, 105, 70, 90],
];

describe("a capaian against the end target is the printed Renstra progress, not a second end target", () => {
  const headers = [
    "Capaian thd Target Akhir (%)",
    "Capaian terhadap Target Akhir Renstra (%)",
    "% Capaian terhadap Kondisi Akhir",
    "Tingkat Capaian thd Target Akhir RPJMD (%)",
    "Capaian s.d. 2024 terhadap Kondisi Kinerja pada Akhir Periode Renstra",
    "Rasio Realisasi thd Target Akhir (%)",
    "Persentase Capaian Akhir Renstra",
  ];
  test.each(headers)("%s → capaianRenstra", (h) => {
    expect(classifyHeader([h]).role).toBe("capaianRenstra");
  });
  test.each(["Target Akhir Renstra (%)", "Kondisi Akhir (2026)", "Target Akhir Periode RPJMD"])(
    "%s stays the end target",
    (h) => expect(classifyHeader([h]).role).toBe("targetAkhir"),
  );

  function read(h: string, akhirFirst: boolean, printed: (d: (typeof AKHIR)[number]) => number): ReadResult {
    const head = ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Capaian 2024 (%)"];
    const tail = akhirFirst ? ["Target Akhir Renstra (2026)", h] : [h, "Target Akhir Renstra (2026)"];
    const rows = AKHIR.map((d, i) => {
      const own = [i + 1, d[0], d[1], d[2], d[3], d[4]];
      return akhirFirst ? [...own, d[5], printed(d)] : [...own, printed(d), d[5]];
    });
    return sheet("Capaian Kinerja Tahun 2024 dibandingkan Target Akhir Renstra", [...head, ...tail], rows);
  }

  test.each(headers.flatMap((h) => [[h, true] as const, [h, false] as const]))(
    "%s (end target first: %s): one end target per row, the progress filed as printed",
    (h, akhirFirst) => {
      const r = read(h, akhirFirst, (d) => d[6]);
      for (const [i, d] of AKHIR.entries()) {
        const ren = r.indicators[i]!.renstra;
        expect(ren?.akhir?.parsed).toEqual({ kind: "number", value: d[5] });
        expect(ren?.capaianTercetak?.["2024"]?.parsed).toEqual({ kind: "number", value: d[6] });
      }
      expect(complaints(r, T)).toEqual([]);
    },
  );

  test("a progress misprinted is checked against R ÷ end target", () => {
    const r = read(headers[0]!, true, (d) => (d[0].startsWith("Persentase") ? 80 : d[6]));
    const found = complaints(r, T);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^KUMULATIF_RENSTRA_TIDAK_SESUAI .*63 ÷ 70 × 100 = 90/);
  });
});
