/**
 * The summary says why indicators have no capaian (no target this year, no realisasi yet, a value not
 * read) and names every block the reader did not understand.
 */
import type { BlokTakTerbaca } from "../../src/engine/mapping";
import type { Refusal } from "../../src/engine/plan";
import type { CapaianReport, ReportIndikator } from "../../src/engine/report";
import { folderLine, refusalSentence, summaryLines, type FileSummary } from "../../src/cli/summary";

function indikator(target: number | string | null, realisasi: number | string | null): ReportIndikator {
  const capaian =
    typeof target === "number" && typeof realisasi === "number" ? (realisasi / target) * 100 : null;
  return {
    sheet: "Realisasi 2024",
    sel: "F7",
    level: "sasaran",
    sasaran: "Meningkatnya kemandirian PPKS",
    indikator: "Persentase PPKS Mandiri",
    satuan: "%",
    polaritas: "naik",
    target,
    realisasi,
    capaian,
    predikat: capaian === null ? null : "Baik",
    capaianTercetak: null,
  };
}

const report: CapaianReport = {
  versi: 3,
  berkas: "contoh.xlsx",
  tahun: 2024,
  skala: "lkjip4",
  indikator: [
    indikator(5, 4.5),
    indikator(null, null),
    indikator(null, 3),
    indikator(10, null),
    indikator("lima", 4), // a target the reader could not take as a number
  ],
  sasaran: [],
  temuan: [],
  takTerbaca: [],
  tabel: [],
  tabelDilewati: [],
  grafikDilewati: [],
};

function line(bahasa: "id" | "en"): string {
  const lines = summaryLines(
    {
      berkas: "contoh.xlsx",
      output: "contoh.capaian.xlsx",
      json: null,
      report,
      tableKinds: [],
      skalaNama: "LKjIP",
      skipped: [],
    },
    bahasa,
  );
  return lines.find((l) => l.includes("1 "))!.trim();
}

test("names each reason an indicator has no capaian, in both languages", () => {
  expect(line("id")).toBe(
    "Indikator dihitung: 1 dari 5 (2 tanpa target 2024, 1 belum ada realisasi, 1 nilai tidak terbaca)",
  );
  expect(line("en")).toBe(
    "Indicators computed: 1 of 5 (2 without a 2024 target, 1 without realisasi yet, 1 with a value not readable)",
  );
});

test("a run where every indicator was computed adds nothing after the count", () => {
  const all = { ...report, indikator: [indikator(5, 4.5), indikator(8, 8)] };
  const lines = summaryLines(
    {
      berkas: "b.xlsx",
      output: "b.capaian.xlsx",
      json: null,
      report: all,
      tableKinds: [],
      skalaNama: "LKjIP",
      skipped: [],
    },
    "id",
  );
  expect(lines).toContain("  Indikator dihitung: 2 dari 2");
});

test("what the writer skipped is printed in the user's language only", () => {
  const skipped = [{ id: 'Grafik "G" tidak dibuat.', en: 'Chart "G" was not made.' }];
  const of = (bahasa: "id" | "en") =>
    summaryLines(
      {
        berkas: "b.xlsx",
        output: "b.capaian.xlsx",
        json: null,
        report,
        tableKinds: [],
        skalaNama: "LKjIP",
        skipped,
      },
      bahasa,
    ).filter((l) => l.includes("Grafik") || l.includes("Chart"));
  expect(of("id")).toEqual([expect.stringMatching(/: Grafik "G" tidak dibuat\.$/)]);
  expect(of("en")).toEqual([expect.stringMatching(/: Chart "G" was not made\.$/)]);
});

const BLOCKS: BlokTakTerbaca[] = [
  {
    sheet: "Lampiran",
    range: "A3:P40",
    kode: "TANPA_JUDUL_KOLOM",
    pesan: {
      id: "Lampiran!A3:P40 berisi angka di samping teks tanpa baris judul kolom yang dikenali.",
      en: "Lampiran!A3:P40 holds numbers beside text with no column header row recognised.",
    },
  },
  {
    sheet: "Realisasi 2024",
    range: "B30:F33",
    kode: "TANPA_BARIS",
    pesan: {
      id: "Tabel Realisasi 2024!B30:F33 tanpa baris.",
      en: "Table Realisasi 2024!B30:F33 has no rows.",
    },
    tableId: "Realisasi 2024!B30:F33",
  },
];

function summaryWith(takTerbaca: CapaianReport["takTerbaca"]): FileSummary {
  return {
    berkas: "contoh.xlsx",
    output: "hasil/contoh.capaian.xlsx",
    json: null,
    report: { ...report, takTerbaca },
    tableKinds: [{ sheet: "Realisasi 2024", kind: "realisasi" }],
    skalaNama: "LKjIP",
    skipped: [],
  };
}

const REPORTED = BLOCKS.map((b) => ({ sheet: b.sheet, rentang: b.range, kode: b.kode }));

test("a line per block not understood, with its reason in the run's language", () => {
  const id = summaryLines(summaryWith(REPORTED.map((b, i) => ({ ...b, pesan: BLOCKS[i]!.pesan.id }))), "id");
  expect(id.filter((l) => l.includes("dipahami"))).toEqual([
    "  Tidak dipahami: Lampiran!A3:P40 — Lampiran!A3:P40 berisi angka di samping teks tanpa baris judul kolom yang dikenali.",
    "  Tidak dipahami: Realisasi 2024!B30:F33 — Tabel Realisasi 2024!B30:F33 tanpa baris.",
  ]);
  const en = summaryLines(summaryWith(REPORTED.map((b, i) => ({ ...b, pesan: BLOCKS[i]!.pesan.en }))), "en");
  expect(en.filter((l) => l.includes("understood"))).toEqual([
    "  Not understood: Lampiran!A3:P40 — Lampiran!A3:P40 holds numbers beside text with no column header row recognised.",
    "  Not understood: Realisasi 2024!B30:F33 — Table Realisasi 2024!B30:F33 has no rows.",
  ]);
  expect(summaryLines(summaryWith([]), "id").some((l) => l.includes("dipahami"))).toBe(false);
});

test("in folder mode a file with blocks not understood gets ⚠ and their count instead of ✓", () => {
  const blocks = REPORTED.map((b, i) => ({ ...b, pesan: BLOCKS[i]!.pesan.id }));
  expect(folderLine({ ok: true, summary: summaryWith(blocks) }, "id")).toBe(
    "⚠ contoh.xlsx: selesai, 5 indikator, 0 temuan, 0 tabel, 2 blok tidak dipahami → hasil/contoh.capaian.xlsx",
  );
  expect(folderLine({ ok: true, summary: summaryWith(blocks.slice(0, 1)) }, "en")).toBe(
    "⚠ contoh.xlsx: done, 5 indikator, 0 findings, 0 tabel, 1 block not understood → hasil/contoh.capaian.xlsx",
  );
  expect(folderLine({ ok: true, summary: summaryWith([]) }, "id")).toBe(
    "✓ contoh.xlsx: selesai, 5 indikator, 0 temuan, 0 tabel → hasil/contoh.capaian.xlsx",
  );
});

const NO_TABLE: Refusal = {
  kode: "TIDAK_ADA_TABEL",
  sheet: "",
  pesan: { id: "Tidak ditemukan tabel kinerja.", en: "No performance table was found." },
};

test("with no performance table, the one sentence names the blocks it saw and why each was not read", () => {
  expect(refusalSentence([NO_TABLE], BLOCKS, "id")).toBe(
    "tidak ada tabel kinerja; 2 blok tidak dipahami: Lampiran!A3:P40 (tanpa baris judul kolom), " +
      'Realisasi 2024!B30:F33 (tabel tanpa baris indikator); nyatakan tabelnya dengan "Nyatakan sebagai tabel" ' +
      "di panel Capaian Kinerja di Excel, lalu jalankan lagi.",
  );
  expect(refusalSentence([NO_TABLE], BLOCKS.slice(0, 1), "en")).toBe(
    "no performance table; 1 block not understood: Lampiran!A3:P40 (no column header row); " +
      'declare the table with "Declare as table" in the Capaian Kinerja pane in Excel, then run again.',
  );
  // past three blocks the rest are counted, so the sentence stays one line
  const many = [...BLOCKS, ...BLOCKS].map((b, i) => ({ ...b, range: `A${i + 1}:C${i + 9}` }));
  expect(refusalSentence([NO_TABLE], many, "id")).toMatch(
    /^tidak ada tabel kinerja; 4 blok .*, dan 1 lainnya; /,
  );
  // nothing seen: the pipeline's own sentence, unchanged
  expect(refusalSentence([NO_TABLE], [], "en")).toBe("No performance table was found.");
});
