/**
 * Reader benchmark: a generated 20-sheet workbook with 5,000 indicator rows (10 PK sheets with triwulan
 * targets, 10 pengukuran sheets over the same indicators, some with misspelled names), read end to end.
 * Run: npx tsx scripts/bench/reader.ts   (target < 300 ms)
 */
import { readWorkbook } from "../../src/reader";
import type { CellValue, GridRange, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/snapshot";

const ROWS_PER_SHEET = 250;
const SUBJECTS = [
  "PMKS",
  "PSKS",
  "PPKS",
  "lansia terlantar",
  "anak terlantar",
  "penyandang disabilitas",
  "korban bencana",
];
const VERBS = [
  "yang tertangani",
  "yang mendapatkan bantuan sosial",
  "yang diberdayakan",
  "yang direhabilitasi",
];

function indicatorName(sheet: number, i: number, misspell: boolean): string {
  const base = `${misspell ? "Presentase" : "Persentase"} ${SUBJECTS[i % SUBJECTS.length]} ${VERBS[(i >> 3) % VERBS.length]} kelompok ${sheet}-${i}`;
  return base;
}

function sheet(name: string, values: CellValue[][], merges: GridRange[]): SheetSnapshot {
  const width = Math.max(...values.map((r) => r.length));
  const rows = values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill("")]);
  return {
    name,
    origin: { row: 0, col: 0 },
    values: rows,
    numberFormats: rows.map((r) => r.map(() => "General")),
    merges,
    visibility: "visible",
    protected: false,
  };
}

export function benchWorkbook(): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  for (let s = 0; s < 10; s++) {
    const pk: CellValue[][] = [
      [`PERJANJIAN KINERJA TAHUN 2024 BIDANG ${s + 1}`],
      [],
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Target Triwulan", "", "", ""],
      ["", "", "", "", "", "I", "II", "III", "IV"],
    ];
    const merges: GridRange[] = [{ row: 2, col: 5, rowCount: 1, colCount: 4 }];
    for (let c = 0; c < 5; c++) merges.push({ row: 2, col: c, rowCount: 2, colCount: 1 });
    const real: CellValue[][] = [
      [`Tabel 3.${s + 1} Pengukuran Kinerja Tahun 2024`],
      ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian", "Predikat"],
    ];
    const realMerges: GridRange[] = [];
    for (let i = 0; i < ROWS_PER_SHEET; i++) {
      const sasaranStart = i % 5 === 0;
      const t = 50 + ((i * 7) % 50);
      const r = t * (0.8 + ((i * 13) % 40) / 100);
      const first = 4 + i;
      if (sasaranStart) merges.push({ row: first, col: 1, rowCount: 5, colCount: 1 });
      pk.push([
        sasaranStart ? i / 5 + 1 : "",
        sasaranStart ? `Meningkatnya kinerja layanan ${s}-${i / 5}` : "",
        indicatorName(s, i, false),
        "%",
        `${t} %`,
        `${(t * 0.25).toFixed(1).replace(".", ",")} %`,
        `${(t * 0.5).toFixed(1).replace(".", ",")} %`,
        `${(t * 0.75).toFixed(1).replace(".", ",")} %`,
        `${t} %`,
      ]);
      real.push([
        i + 1,
        sasaranStart ? `Meningkatnya kinerja layanan ${s}-${i / 5}` : "",
        indicatorName(s, i, i % 20 === 7),
        `${t}%`,
        `${r.toFixed(2).replace(".", ",")}%`,
        `${((r / t) * 100).toFixed(2).replace(".", ",")}%`,
        r >= t ? "Sangat Baik" : "Baik",
      ]);
      if (sasaranStart) realMerges.push({ row: 2 + i, col: 1, rowCount: 5, colCount: 1 });
    }
    sheets.push(sheet(`PK ${s + 1}`, pk, merges));
    sheets.push(sheet(`Realisasi ${s + 1}`, real, realMerges));
  }
  return { sheets, names: {} };
}

if (process.argv[1]?.includes("bench")) main();

function main(): void {
  const wb = benchWorkbook();
  readWorkbook(wb); // warm up the JIT
  const times: number[] = [];
  const cpu: number[] = [];
  let read = readWorkbook(wb);
  for (let k = 0; k < 9; k++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    read = readWorkbook(wb);
    const c = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const rows = read.tables.reduce((n, t) => n + t.rowsRead, 0);
  console.log(
    `reader: ${wb.sheets.length} sheets, ${rows} rows read in ${read.tables.length} tables, ${read.indicators.length} indicators, ${read.joins.length} joins`,
  );
  console.log(
    `wall: median ${times[4]!.toFixed(0)} ms, best ${times[0]!.toFixed(0)} ms; cpu: median ${cpu[4]!.toFixed(0)} ms (target < 300 ms)`,
  );
}
