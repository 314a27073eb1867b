/** The JSON report builder (src/engine/report.ts) on figures of the Bengkalis 2023 sample. */
import type { ReadResult } from "../../src/engine/mapping";
import { buildReport, CapaianReport } from "../../src/engine/report";
import type { ComputeResult } from "../../src/engine/result";

const read: ReadResult = {
  tables: [],
  indicators: [
    {
      id: "Realisasi 2023!7",
      level: "sasaran",
      sasaran: "Meningkatnya PPKS Mandiri",
      indikator: "Persentase PPKS Mandiri",
      satuan: "%",
      polaritas: "naik",
      polaritasInferred: true,
      tahun: {},
      source: { sheet: "Realisasi 2023", cell: "C7" },
    },
  ],
  anggaran: [],
  aggregates: [],
  joins: [],
  temuan: [],
  years: [2022, 2023],
  takTerbaca: [],
};

const capaian = (3.63 / 3.25) * 100;

const result = {
  tahun: 2023,
  skala: { id: "lkjip4", nama: "LKjIP 4 kategori" },
  indikator: [
    {
      indicatorId: "Realisasi 2023!7",
      tahun: 2023,
      level: "sasaran",
      sasaran: "Meningkatnya PPKS Mandiri",
      indikator: "Persentase PPKS Mandiri",
      satuan: "%",
      polaritas: "naik",
      target: 3.25,
      realisasi: 3.63,
      capaian,
      predikat: "Sangat Baik",
      status: "dihitung",
      capaianTercetak: 112,
      predikatTercetak: null,
    },
    {
      indicatorId: "Realisasi 2023!9",
      tahun: 2023,
      level: "sasaran",
      sasaran: "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah",
      indikator: "Predikat Akuntabilitas Kinerja Perangkat Daerah",
      satuan: "Predikat",
      polaritas: "huruf",
      target: "BB",
      realisasi: "BB",
      capaian: 100,
      predikat: "Baik",
      status: "dihitung",
      capaianTercetak: "BB",
      predikatTercetak: null,
    },
  ],
  sasaran: [
    {
      sasaran: "Meningkatnya PPKS Mandiri",
      capaian,
      predikat: "Sangat Baik",
      indicatorIds: ["Realisasi 2023!7"],
    },
  ],
  opd: { capaian, predikat: "Sangat Baik" },
  tahunan: [],
  renstra: [],
  nasional: [],
  efisiensi: [],
  anggaran: { rows: [], total: { pagu: 0, realisasi: 0, persen: null, sisa: 0 } },
  temuan: [
    {
      kode: "RATA_RATA_TIDAK_SESUAI",
      tingkat: "galat",
      sel: [
        { sheet: "Realisasi 2023", cell: "G8" },
        { sheet: "Realisasi 2023", cell: "G7" },
      ],
      pesan: {
        id: "Rata-rata tercetak 94,05 % tidak sesuai.",
        en: "The printed average 94.05 % does not match.",
      },
    },
  ],
} satisfies ComputeResult;

test("maps the run into the versioned report, full precision, sources and the chosen language", () => {
  const r = buildReport({
    berkas: "contoh.xlsx",
    read,
    result,
    bahasa: "en",
    tables: [{ nomor: "3.1", judul: "Pengukuran Kinerja Tahun 2023", sheet: "Tabel 3.1", rentang: "A1:H27" }],
  });
  expect(CapaianReport.parse(r)).toEqual(r);
  expect(r).toMatchObject({ versi: 3, berkas: "contoh.xlsx", tahun: 2023, skala: "lkjip4" });
  expect(r.takTerbaca).toEqual([]);
  expect(r.grafikDilewati).toEqual([]);
  expect(r.indikator[0]).toEqual({
    sheet: "Realisasi 2023",
    sel: "C7",
    level: "sasaran",
    sasaran: "Meningkatnya PPKS Mandiri",
    indikator: "Persentase PPKS Mandiri",
    satuan: "%",
    polaritas: "naik",
    target: 3.25,
    realisasi: 3.63,
    capaian,
    predikat: "Sangat Baik",
    capaianTercetak: 112,
  });
  // an indicator the reader did not place has null source, letter grades stay strings
  expect(r.indikator[1]).toMatchObject({
    sheet: null,
    sel: null,
    target: "BB",
    capaianTercetak: "BB",
    capaian: 100,
  });
  expect(r.temuan).toEqual([
    {
      kode: "RATA_RATA_TIDAK_SESUAI",
      tingkat: "galat",
      sheet: "Realisasi 2023",
      sel: "G8",
      pesan: "The printed average 94.05 % does not match.",
    },
  ]);
  expect(r.sasaran).toEqual([{ sasaran: "Meningkatnya PPKS Mandiri", capaian, predikat: "Sangat Baik" }]);
  expect(r.tabel).toEqual([
    { nomor: "3.1", judul: "Pengukuran Kinerja Tahun 2023", sheet: "Tabel 3.1", rentang: "A1:H27" },
  ]);
});

test("the schema refuses a capaian written as text or a report without its version", () => {
  const good = buildReport({ berkas: "c.xlsx", read, result, bahasa: "id", tables: [] });
  const textCapaian = { ...good, indikator: [{ ...good.indikator[0]!, capaian: "111,69" }] };
  expect(CapaianReport.safeParse(textCapaian).success).toBe(false);
  const { versi: _versi, ...noVersion } = good;
  expect(CapaianReport.safeParse(noVersion).success).toBe(false);
  expect(good.temuan[0]!.pesan).toBe("Rata-rata tercetak 94,05 % tidak sesuai.");
});

const BLOCK = {
  sheet: "Lampiran",
  range: "A3:P40",
  kode: "TANPA_JUDUL_KOLOM" as const,
  pesan: {
    id: "Lampiran!A3:P40 berisi angka di samping teks, tetapi tidak ada baris judul kolom yang dikenali.",
    en: "Lampiran!A3:P40 holds numbers beside text, but no column header row was recognised.",
  },
};

test("the report lists each block the reader did not understand, in the run's language, and round-trips", () => {
  const withBlocks: ReadResult = {
    ...read,
    takTerbaca: [
      BLOCK,
      {
        sheet: "Realisasi 2023",
        range: "A20:F24",
        kode: "TANPA_BARIS",
        pesan: { id: "Tabel tanpa baris.", en: "A table without rows." },
        tableId: "Realisasi 2023!A20:F24",
      },
    ],
  };
  const r = buildReport({ berkas: "c.xlsx", read: withBlocks, result, bahasa: "id", tables: [] });
  expect(r.versi).toBe(3);
  expect(r.takTerbaca).toEqual([
    { sheet: "Lampiran", rentang: "A3:P40", kode: "TANPA_JUDUL_KOLOM", pesan: BLOCK.pesan.id },
    { sheet: "Realisasi 2023", rentang: "A20:F24", kode: "TANPA_BARIS", pesan: "Tabel tanpa baris." },
  ]);
  const json = JSON.parse(JSON.stringify(r)) as unknown;
  expect(CapaianReport.parse(json)).toEqual(r);
  const en = buildReport({ berkas: "c.xlsx", read: withBlocks, result, bahasa: "en", tables: [] });
  expect(en.takTerbaca[0]!.pesan).toBe(BLOCK.pesan.en);
});

test("the schema refuses an unknown takTerbaca kode, a missing takTerbaca and an older version's report", () => {
  const good = buildReport({
    berkas: "c.xlsx",
    read: { ...read, takTerbaca: [BLOCK] },
    result,
    bahasa: "id",
    tables: [],
  });
  expect(CapaianReport.safeParse(good).success).toBe(true);
  const badKode = { ...good, takTerbaca: [{ ...good.takTerbaca[0]!, kode: "TIDAK_TERBACA" }] };
  expect(CapaianReport.safeParse(badKode).success).toBe(false);
  const noRange = { ...good, takTerbaca: [{ ...good.takTerbaca[0]!, rentang: undefined }] };
  expect(CapaianReport.safeParse(noRange).success).toBe(false);
  const { takTerbaca: _takTerbaca, ...withoutField } = good;
  expect(CapaianReport.safeParse(withoutField).success).toBe(false);
  expect(CapaianReport.safeParse({ ...good, versi: 1 }).success).toBe(false);
  expect(CapaianReport.safeParse({ ...good, versi: 2 }).success).toBe(false);
});

test("a chart left out of a written table is reported with its code, counts and the message in the run's language", () => {
  const grafikDilewati = [
    {
      nomor: "3.1",
      kode: "GRAFIK_TERLALU_PADAT" as const,
      kategori: 120,
      batas: 57,
      pesan: { id: "Grafik tidak digambar: 120 kategori", en: "Chart not drawn: 120 categories" },
    },
  ];
  const build = (bahasa: "id" | "en") =>
    buildReport({ berkas: "c.xlsx", read, result, bahasa, tables: [], grafikDilewati });
  const en = build("en");
  expect(CapaianReport.parse(en)).toEqual(en);
  expect(en.grafikDilewati).toEqual([
    {
      nomor: "3.1",
      kode: "GRAFIK_TERLALU_PADAT",
      kategori: 120,
      batas: 57,
      pesan: "Chart not drawn: 120 categories",
    },
  ]);
  expect(build("id").grafikDilewati[0]?.pesan).toBe("Grafik tidak digambar: 120 kategori");
});
