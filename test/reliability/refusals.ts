/** Workbooks the run must refuse before writing anything, with what the message must name. */
import JSZip from "jszip";
import { parseAddress } from "../../src/engine/address";
import type { Refusal } from "../../src/engine/plan";
import type { WorkbookSnapshot } from "../../src/engine/snapshot";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { runCapaian } from "../../src/pipeline/run";
import { seed002OneSheet, snapshotToXlsx } from "../fixtures/layouts";
import { realisasiSheet, realisasiWorkbook } from "./simple";
import { excelGateway } from "./suite";

export interface Case {
  name: string;
  kode: Refusal["kode"];
  snapshot: () => Promise<WorkbookSnapshot>;
  /** the .xlsx of the case (default: the snapshot written by exceljs) */
  file?: () => Promise<Buffer>;
  /** what the message must name */
  names: RegExp;
}

/** A cell the add-in would write on the user's sheet, holding the user's own note instead. */
async function userValueInOutput(): Promise<WorkbookSnapshot> {
  const layout = seed002OneSheet().snapshot;
  const dry = await runCapaian(excelGateway(fakeWorkbookFromSnapshot(layout)), { tulis: false });
  if (!dry.ok) throw new Error("the seed layout must compute");
  const owned = new Set(dry.plan.sheets.filter((s) => s.create || s.clear).map((s) => s.name));
  const target = dry.plan.ranges.find((r) => !owned.has(r.sheet) && (r.values?.length ?? 0) > 2)!;
  const b = parseAddress(target.address);
  const snap = structuredClone(layout);
  const sheet = snap.sheets.find((s) => s.name === target.sheet)!;
  const r = b.row + 2 - sheet.origin.row;
  const c = b.col - sheet.origin.col;
  const width = Math.max(c + 1, sheet.values[0]!.length);
  for (const grid of [sheet.values, sheet.numberFormats, ...(sheet.formulas ? [sheet.formulas] : [])])
    for (const row of grid)
      while (row.length < width) row.push(grid === sheet.numberFormats ? "General" : "");
  sheet.values[r]![c] = "catatan saya";
  return snap;
}

export async function protectedFile(snapshot: WorkbookSnapshot): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await snapshotToXlsx(snapshot));
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file(
    "xl/worksheets/sheet1.xml",
    xml.replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A sheet of the user's named like a generated one, holding text of theirs. */
export function userSheetNamed(name: string): WorkbookSnapshot["sheets"][number] {
  const own = realisasiSheet(1, { sheet: name });
  own.values = [[`${name} buatan saya`], ["Isi lama yang masih saya pakai"]];
  own.numberFormats = own.values.map((r) => r.map(() => "General"));
  own.formulas = own.values.map((r) => r.map(() => ""));
  return own;
}

/** Every name the add-in could give Tabel 3.1 is a sheet of the user's: the one case it must refuse. */
const userTabel = () => {
  const wb = realisasiWorkbook(8);
  const names = ["Tabel 3.1", "Tabel 3.1 (Capaian Kinerja)"];
  for (let n = 2; n <= 9; n++) names.push(`Tabel 3.1 (Capaian Kinerja ${n})`);
  wb.sheets.push(...names.map(userSheetNamed));
  return wb;
};

export const CASES: Case[] = [
  {
    name: "an output cell holding the user's note",
    kode: "SEL_BERISI_DATA_PENGGUNA",
    snapshot: userValueInOutput,
    names: /LKjIP 2023!H\d+/,
  },
  {
    name: "a protected sheet",
    kode: "SHEET_TERPROTEKSI",
    snapshot: async () => {
      const wb = realisasiWorkbook(8);
      wb.sheets[0]!.protected = true;
      return wb;
    },
    file: () => protectedFile(realisasiWorkbook(8)),
    names: /"Pengukuran Kinerja".*(Unprotect|Buka Proteksi)/,
  },
  {
    name: 'user sheets already named "Tabel 3.1" and every name beside it',
    kode: "NAMA_SHEET_DIPAKAI",
    snapshot: async () => userTabel(),
    names: /"Tabel 3\.1".*(Rename|Ganti nama)/,
  },
  {
    name: "a table against Excel's last column",
    kode: "BATAS_EXCEL",
    snapshot: async () => realisasiWorkbook(8, { origin: { row: 3, col: 16384 - 6 } }),
    names: /"Pengukuran Kinerja".*XF[A-Z]\d+/,
  },
];
