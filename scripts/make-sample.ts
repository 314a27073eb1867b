/**
 * Builds assets/sample/contoh-dinsos-bengkalis-2023.xlsx: the LKjIP 2023 of Dinas Sosial Kabupaten
 * Bengkalis (seed 002) laid out the way an agency keeps it: title rows, merged two-row headers, a
 * column-number row, Indonesian number text beside real numbers. Every figure is the report's own,
 * including the ones that do not add up (Rata-rata Capaian 94,05 %, the PSKS total 127).
 *
 *   npx tsx scripts/make-sample.ts [output.xlsx]
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import path from "node:path";

type Row = (string | number | null)[];

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

function title(ws: ExcelJS.Worksheet, row: number, text: string, cols: number, size = 12): void {
  ws.getCell(row, 1).value = text;
  ws.getCell(row, 1).font = { bold: true, size };
  ws.getCell(row, 1).alignment = { horizontal: "center" };
  ws.mergeCells(row, 1, row, cols);
}

/** Writes rows starting at (row, 1) with borders; returns the next free row. */
function block(ws: ExcelJS.Worksheet, row: number, rows: Row[], opts: { header?: boolean } = {}): number {
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      const cell = ws.getCell(row + i, c + 1);
      if (v !== null) cell.value = v;
      cell.border = THIN;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: opts.header ? "center" : undefined };
      if (opts.header) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      }
    });
  });
  return row + rows.length;
}

function columnNumbers(n: number): Row {
  return Array.from({ length: n }, (_, i) => `(${i + 1})`);
}

function widths(ws: ExcelJS.Worksheet, list: number[]): void {
  list.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function pkSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("PK 2023");
  widths(ws, [5, 40, 45, 10, 12]);
  title(ws, 1, "PERJANJIAN KINERJA TAHUN 2023", 5);
  title(ws, 2, "DINAS SOSIAL KABUPATEN BENGKALIS", 5, 11);
  ws.getCell("A3").value = "Tabel 2.3 Perencanaan Kinerja Tahun 2023";
  let r = block(
    ws,
    4,
    [
      ["No.", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"],
      [null, null, null, null, "2023"],
    ],
    { header: true },
  );
  for (let c = 1; c <= 4; c++) ws.mergeCells(4, c, 5, c);
  r = block(ws, r, [columnNumbers(5)], { header: true });
  r = block(ws, r, [
    [1, "Meningkatnya PPKS Mandiri", "Persentase PPKS Mandiri", "%", "3,25 %"],
    [
      2,
      "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah",
      "Predikat Akuntabilitas Kinerja Perangkat Daerah",
      "Predikat",
      "BB",
    ],
  ]);
  ws.getCell(r + 1, 2).value = "Bengkalis, Januari 2023";
  ws.getCell(r + 2, 2).value = "Kepala Dinas Sosial Kabupaten Bengkalis";
}

function realisasiSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Realisasi 2023");
  widths(ws, [5, 38, 45, 10, 12, 12, 12]);
  title(ws, 1, "PENGUKURAN KINERJA TAHUN 2023", 7);
  title(ws, 2, "DINAS SOSIAL KABUPATEN BENGKALIS", 7, 11);
  ws.getCell("A3").value = "Tabel 3.1 Pengukuran Kinerja Tahun 2023";
  let r = block(
    ws,
    4,
    [
      ["No", "Sasaran", "Indikator", "Satuan", "Tahun 2023", null, null],
      [null, null, null, null, "Target", "Realisasi", "Capaian (%)"],
    ],
    { header: true },
  );
  for (let c = 1; c <= 4; c++) ws.mergeCells(4, c, 5, c);
  ws.mergeCells(4, 5, 4, 7);
  r = block(ws, r, [columnNumbers(7)], { header: true });
  const first = r;
  r = block(ws, r, [
    [1, "Meningkatnya PPKS Mandiri", "Persentase PPKS Mandiri", "%", "3,25%", 3.63, "112%"],
    [null, "Rata-rata Capaian Sasaran 1", null, null, null, null, "94,05%"],
    [
      2,
      "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah",
      "Predikat Akuntabilitas Kinerja Perangkat Daerah",
      "Predikat",
      "BB",
      "BB",
      "BB",
    ],
    [null, "Rata-rata Capaian Sasaran 2", null, null, null, null, "100%"],
  ]);
  ws.getCell(first, 6).numFmt = "0.00";
  ws.mergeCells(first + 1, 2, first + 1, 6);
  ws.mergeCells(first + 3, 2, first + 3, 6);

  r += 2;
  ws.getCell(r, 1).value = "Tabel 3.4 Perjanjian Kinerja Eselon III";
  r = block(
    ws,
    r + 1,
    [
      ["No", "Sasaran Operasional", "Indikator Sasaran Operasional", "2022", "2023", null, null],
      [null, null, null, "Realisasi", "Target", "Realisasi", "Capaian"],
    ],
    { header: true },
  );
  const h = r - 2;
  for (let c = 1; c <= 3; c++) ws.mergeCells(h, c, h + 1, c);
  ws.mergeCells(h, 5, h, 7);
  r = block(ws, r, [columnNumbers(7)], { header: true });
  const e3 = r;
  r = block(ws, r, [
    [
      1,
      "Meningkatnya layanan yang berkualitas oleh pelaku penyelenggara kesejahteraan sosial yang profesional",
      "Persentase peningkatan PSKS yang tersertifikasi",
      "54%",
      "56%",
      "65,58%",
      "117,12%",
    ],
    [null, null, "Persentase peningkatan PSKS kelembagaan terakreditasi", "76,92%", "71%", "76,92%", "108%"],
    [
      2,
      "Meningkatnya jaminan sosial",
      "Persentase PPKS yang memperoleh jaminan sosial",
      "81,83%",
      "88%",
      "86,81%",
      "99%",
    ],
    [
      3,
      "Meningkatnya Pelayanan Rehabilitasi Sosial bagi PPKS",
      "Persentase PPKS yang mendapatkan pelayanan rehabilitasi sosial",
      "100%",
      "100%",
      "100%",
      "100%",
    ],
    [
      4,
      "Terpenuhinya kebutuhan dasar korban bencana",
      "Persentase korban bencana yang terpenuhi kebutuhan dasarnya pada saat tanggap darurat bencana",
      "100%",
      "100%",
      "100%",
      "100%",
    ],
  ]);
  ws.mergeCells(e3, 1, e3 + 1, 1);
  ws.mergeCells(e3, 2, e3 + 1, 2);

  r += 2;
  ws.getCell(r, 1).value = "Tabel 3.5 Jenis dan Jumlah PSKS Tersertifikasi";
  r = block(
    ws,
    r + 1,
    [
      ["No", "Jenis PSKS", "Jumlah PSKS", "PSKS yang sudah tersertifikasi", null],
      [null, null, null, "2022", "2023"],
    ],
    { header: true },
  );
  const p = r - 2;
  for (let c = 1; c <= 3; c++) ws.mergeCells(p, c, p + 1, c);
  ws.mergeCells(p, 4, p, 5);
  r = block(ws, r, [
    [1, "Pendamping PKH", "74 Orang", "64 Orang", "64 Orang"],
    [2, "Pendamping KUBE", "40 Orang", 0, 0],
    [3, "TKSK", "11 Orang", "7 Orang", "8 Orang"],
    [4, "Tagana", "28 Orang", "13 Orang", "28 Orang"],
    [5, "Peksos", "1 Orang", "1 Orang", "1 Orang"],
    [null, "Total", "154 Orang", "127 Orang", "101 Orang"],
  ]);
  ws.getCell(r - 1, 2).font = { bold: true };
}

function historySheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Capaian 2022");
  widths(ws, [5, 45, 10, 12, 12, 12]);
  title(ws, 1, "CAPAIAN KINERJA TAHUN 2022", 6);
  let r = block(
    ws,
    3,
    [
      ["No", "Indikator", "Satuan", "Tahun 2022", null, null],
      [null, null, null, "Target", "Realisasi", "Capaian"],
    ],
    { header: true },
  );
  for (let c = 1; c <= 3; c++) ws.mergeCells(3, c, 4, c);
  ws.mergeCells(3, 4, 3, 6);
  r = block(ws, r, [columnNumbers(6)], { header: true });
  r = block(ws, r, [
    [1, "Persentase PPKS Mandiri", "%", 2.7, 2.7, "100%"],
    [2, "Predikat Akuntabilitas Kinerja Perangkat Daerah", "Predikat", "BB", "B", null],
  ]);
  ws.getCell(r - 2, 4).numFmt = "0.00";
  ws.getCell(r - 2, 5).numFmt = "0.00";
  r += 1;
  ws.getCell(r, 1).value = "Tabel 3.3 Penjelasan Capaian Sasaran 1 (jumlah KK)";
  r = block(ws, r + 1, [
    ["Uraian", "2022 Target (KK)", "2022 Capaian (KK)", "2023 Target (KK)", "2023 Capaian (KK)"],
    ["Jumlah PPKS Mandiri", 455, 455, 521, 581],
    ["Jumlah Fakir Miskin", "16.875", "16.875", "16.013", "16.013"],
  ]);
}

function renstraSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Renstra");
  widths(ws, [28, 36, 45, 14, 9, 9, 9, 9, 9, 9, 14]);
  title(ws, 1, "TUJUAN, SASARAN, INDIKATOR DAN TARGET KINERJA RENSTRA 2021-2026", 11);
  ws.getCell("A2").value = "Tabel 2.2 Tujuan, Sasaran, Indikator dan Target Kinerja";
  let r = block(
    ws,
    3,
    [
      [
        "TUJUAN",
        "SASARAN",
        "INDIKATOR",
        "Kondisi Kinerja pada awal Periode RPJMD",
        "Target capaian tiap tahun",
        null,
        null,
        null,
        null,
        null,
        "Kondisi kinerja pada akhir Periode RPJMD",
      ],
      [null, null, null, "2020", "2021", "2022", "2023", "2024", "2025", "2026", null],
    ],
    { header: true },
  );
  for (const c of [1, 2, 3, 11]) ws.mergeCells(3, c, 4, c);
  ws.mergeCells(3, 5, 3, 10);
  r = block(ws, r, [columnNumbers(11)], { header: true });
  const first = r;
  r = block(ws, r, [
    [
      "Terwujudnya kesejahteraan sosial PPKS",
      null,
      "Jumlah PPKS Mandiri",
      null,
      "150 KK",
      "340 KK",
      "390 KK",
      "420 KK",
      "460 KK",
      "500 KK",
      "500 KK",
    ],
    [
      null,
      "Meningkatnya jaminan sosial bagi PPKS",
      "Persentase PPKS yang menerima bantuan sosial untuk pemenuhan kebutuhan dasar",
      "86%",
      "86%",
      "87%",
      "88%",
      "89%",
      "90%",
      "90%",
      "90%",
    ],
    [
      null,
      "Meningkatnya kualitas SDM pemberi layanan kesejahteraan sosial",
      "Persentase PSKS yang tersertifikasi/akreditasi",
      "54%",
      "54%",
      "56%",
      "62%",
      "68%",
      "75%",
      "75%",
      "75%",
    ],
    [
      null,
      "Meningkatnya Pelayanan rehabilitasi sosial bagi PPKS",
      "Persentase PPKS yang mendapatkan pelayanan rehabilitasi sosial dasar",
      "-",
      "93%",
      "94%",
      "96%",
      "97%",
      "99%",
      "100%",
      "100%",
    ],
    [
      null,
      "Meningkatnya akuntabilitas kinerja Perangkat Daerah",
      "Nilai akuntabilitas kinerja Perangkat Daerah",
      "B",
      "B",
      "BB",
      "BB",
      "BB",
      "BB",
      "BB",
      "BB",
    ],
    [
      null,
      null,
      "Persentase hasil pemeriksaan Inspektorat/BPK yang ditindak lanjuti",
      "-",
      "100 %",
      "100%",
      "100%",
      "100%",
      "100%",
      "100%",
      "100%",
    ],
  ]);
  ws.mergeCells(first, 1, r - 1, 1);
  ws.mergeCells(r - 2, 2, r - 1, 2);
}

function anggaranSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Anggaran");
  widths(ws, [5, 52, 20, 20, 9, 18, 12]);
  title(ws, 1, "REALISASI ANGGARAN PER PROGRAM TAHUN 2023", 7);
  ws.getCell("A2").value = "Tabel 2.4 Realisasi Anggaran Per Program Tahun 2023";
  let r = block(
    ws,
    3,
    [
      ["No", "Program", "Anggaran", "Realisasi", null, "Sisa Anggaran", "Keterangan"],
      [null, null, "(Rp)", "(Rp)", "%", "(Rp)", null],
    ],
    { header: true },
  );
  for (const c of [1, 2, 7]) ws.mergeCells(3, c, 4, c);
  ws.mergeCells(3, 4, 3, 5);
  r = block(ws, r, [columnNumbers(7)], { header: true });
  // pagu and realisasi exactly as the report prints them; % and sisa derived from them
  const programs: [string, number, number, boolean][] = [
    ["Program Pemberdayaan Sosial", 5287178900, 5003538806, true],
    ["Program Rehabilitasi Sosial", 2307015800, 1985793260, true],
    ["Program Perlindungan dan Jaminan Sosial", 35668708000, 34294215517, false],
    ["Program Penanganan Bencana", 1562691500, 1379365300, false],
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 12541983559, 11709130372, false],
  ];
  const idr = (n: number): string => `Rp ${String(n).replace(/\B(?=(\d{3})+$)/g, ".")}`;
  programs.forEach(([nama, pagu, real, asText], i) => {
    const persen = Math.round((real / pagu) * 10000) / 100;
    block(ws, r + i, [
      [i + 1, nama, asText ? idr(pagu) : pagu, asText ? idr(real) : real, persen, pagu - real, "APBD"],
    ]);
    for (const c of [3, 4, 6]) ws.getCell(r + i, c).numFmt = "#,##0";
    ws.getCell(r + i, 5).numFmt = "0.00";
  });
  r += programs.length;
  block(ws, r, [
    [
      null,
      "Jumlah Anggaran Tahun 2023",
      "Rp 57.367.577.759",
      "Rp 54.372.043.255",
      "94,78",
      2995534504,
      "APBD",
    ],
  ]);
  ws.getCell(r, 6).numFmt = "#,##0";
  ws.getRow(r).font = { bold: true };
  r += 3;

  ws.getCell(r, 1).value = "Tabel 3.11 Capaian Kinerja dan Anggaran Tahun 2023";
  r = block(
    ws,
    r + 1,
    [
      ["No", "Sasaran", "Rata-rata Capaian", "Anggaran", null, null],
      [null, null, null, "Target", "Realisasi", "%"],
    ],
    { header: true },
  );
  const h = r - 2;
  for (const c of [1, 2, 3]) ws.mergeCells(h, c, h + 1, c);
  ws.mergeCells(h, 4, h, 6);
  r = block(ws, r, [
    [1, "Meningkatnya PPKS Mandiri", "94,05%", "44.416.379.200", "42.277.199.383", "95,18%"],
    [
      2,
      "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah",
      "100%",
      "12.541.983.559",
      "11.709.130.372",
      "93,36%",
    ],
  ]);
  r += 2;

  ws.getCell(r, 1).value = "Tabel 3.12 Analisis Efisiensi Kinerja";
  r = block(ws, r + 1, [["No.", "Sasaran", "Capaian Kinerja", "Realisasi Anggaran", "Tingkat Efisiensi"]], {
    header: true,
  });
  block(ws, r, [
    [1, "Meningkatnya PPKS Mandiri", "94,05%", "95,18%", "Sangat Efisien"],
    [2, "Meningkatnya Akuntabilitas Kinerja Perangkat Daerah", "100%", "93,36%", "Sangat Efisien"],
  ]);
}

function akipSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("AKIP");
  widths(ws, [36, 12, 12]);
  title(ws, 1, "NILAI EVALUASI AKIP DINAS SOSIAL", 3);
  ws.getCell("A2").value = "Tabel 3.9 Predikat nilai evaluasi tahun 2022";
  let r = block(
    ws,
    3,
    [
      ["Komponen Manajemen Kinerja", "Tahun Evaluasi", null],
      [null, "2021", "2022"],
    ],
    { header: true },
  );
  ws.mergeCells(3, 1, 4, 1);
  ws.mergeCells(3, 2, 3, 3);
  r = block(ws, r, [
    ["Perencanaan Kinerja", 22.2, "24,00"],
    ["Pengukuran Kinerja", 24, "24,00"],
    ["Pelaporan Kinerja", 9.9, "10,50"],
    ["Evaluasi Internal", 14.25, "15,0"],
    ["Jumlah Nilai", 70.35, "73,50"],
    ["Predikat", "BB", "BB"],
  ]);
  for (let i = r - 6; i < r - 1; i++) ws.getCell(i, 2).numFmt = "0.00";
}

export async function makeSample(output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Dinas Sosial Kabupaten Bengkalis";
  wb.created = new Date(Date.UTC(2024, 0, 15));
  wb.modified = new Date(Date.UTC(2024, 0, 15));
  pkSheet(wb);
  realisasiSheet(wb);
  historySheet(wb);
  renstraSheet(wb);
  anggaranSheet(wb);
  akipSheet(wb);
  mkdirSync(path.dirname(output), { recursive: true });
  await wb.xlsx.writeFile(output);
}

if (require.main === module) {
  const output =
    process.argv[2] ?? path.join(__dirname, "..", "assets", "sample", "contoh-dinsos-bengkalis-2023.xlsx");
  makeSample(output).then(
    () => process.stdout.write(`${output}\n`),
    (e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
