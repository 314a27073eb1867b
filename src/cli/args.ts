/** `capaian hitung ...` arguments → options, or the one sentence that says what is wrong. */
import { type Bahasa, msg } from "./messages";

export const TABEL_IDS = ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"] as const;
export type TabelId = (typeof TABEL_IDS)[number];

export interface HitungArgs {
  input: string;
  tahun?: number;
  /** a preset id, or the path of a scale .json file */
  skala?: string;
  turun?: "cermin" | "rasio";
  tabel?: TabelId[];
  keluar?: string;
  json?: string;
  /** Bab III as .docx: a .docx file, or a folder for <name>.bab3.docx */
  docx?: string;
  /** the path of a .json object: indicator id or text → naik | turun | rentang | huruf | indeks */
  polaritas?: string;
  bahasa: Bahasa;
  /** true when --bahasa was given (then it is also stored as a setting) */
  bahasaGiven: boolean;
  /** --tanpa-temuan: no Temuan sheet (the command line writes one by default) */
  tanpaTemuan?: boolean;
}

/** `capaian hapus <berkas> [--keluar <tujuan>] [--bahasa id|en]` */
export interface HapusArgs {
  input: string;
  keluar?: string;
  bahasa: Bahasa;
}

export type ParsedArgs =
  | { kind: "help"; bahasa: Bahasa }
  | { kind: "hitung"; args: HitungArgs }
  | { kind: "hapus"; args: HapusArgs }
  | { kind: "error"; bahasa: Bahasa; message: string };

const VALUE_OPTIONS = new Set([
  "--tahun",
  "--skala",
  "--turun",
  "--tabel",
  "--keluar",
  "--json",
  "--docx",
  "--bahasa",
  "--polaritas",
]);

/** The language is looked up first so that even an argument error is reported in it. */
function bahasaOf(argv: string[]): Bahasa {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === "--bahasa" ? argv[i + 1] : a.startsWith("--bahasa=") ? a.slice(9) : undefined;
    if (v === "en") return "en";
  }
  return "id";
}

export function parseArgs(argv: string[]): ParsedArgs {
  const bahasa = bahasaOf(argv);
  const fail = (message: string): ParsedArgs => ({ kind: "error", bahasa, message });
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h") || argv[0] === "help") {
    return { kind: "help", bahasa };
  }
  if (argv[0] === "hapus") return parseHapus(argv, bahasa);
  if (argv[0] !== "hitung") return fail(msg("noCommand", bahasa));
  const values: Record<string, string> = {};
  const positional: string[] = [];
  let tanpaTemuan = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--tanpa-temuan") tanpaTemuan = true;
    else if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const key = eq > 0 ? a.slice(0, eq) : a;
      if (!VALUE_OPTIONS.has(key)) return fail(msg("unknownOption", bahasa, { opsi: key }));
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "") return fail(msg("missingValue", bahasa, { opsi: key }));
      values[key.slice(2)] = value;
    } else {
      positional.push(a);
    }
  }
  if (positional.length !== 1) return fail(msg("noInput", bahasa));
  const args: HitungArgs = { input: positional[0]!, bahasa, bahasaGiven: values.bahasa !== undefined };
  if (tanpaTemuan) args.tanpaTemuan = true;
  if (values.bahasa !== undefined && values.bahasa !== "id" && values.bahasa !== "en") {
    return fail(msg("badBahasa", bahasa, { nilai: values.bahasa }));
  }
  if (values.tahun !== undefined) {
    const t = Number(values.tahun);
    if (!/^\d{4}$/.test(values.tahun) || t < 1990 || t > 2100)
      return fail(msg("badTahun", bahasa, { nilai: values.tahun }));
    args.tahun = t;
  }
  if (values.turun !== undefined) {
    if (values.turun !== "cermin" && values.turun !== "rasio")
      return fail(msg("badTurun", bahasa, { nilai: values.turun }));
    args.turun = values.turun;
  }
  if (values.tabel !== undefined) {
    if (values.tabel !== "semua") {
      const list = values.tabel.split(",").map((s) => s.trim());
      const bad = list.find((t) => !(TABEL_IDS as readonly string[]).includes(t));
      if (bad !== undefined) return fail(msg("badTabel", bahasa, { nilai: bad }));
      args.tabel = [...new Set(list)] as TabelId[];
    } else {
      args.tabel = [...TABEL_IDS];
    }
  }
  if (values.skala !== undefined) args.skala = values.skala;
  if (values.keluar !== undefined) args.keluar = values.keluar;
  if (values.json !== undefined) args.json = values.json;
  if (values.docx !== undefined) args.docx = values.docx;
  if (values.polaritas !== undefined) args.polaritas = values.polaritas;
  return { kind: "hitung", args };
}

const HAPUS_OPTIONS = new Set(["--keluar", "--bahasa"]);

/** `capaian hapus`: one workbook, an optional target, the language. */
function parseHapus(argv: string[], bahasa: Bahasa): ParsedArgs {
  const fail = (message: string): ParsedArgs => ({ kind: "error", bahasa, message });
  const positional: string[] = [];
  let keluar: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const key = eq > 0 ? a.slice(0, eq) : a;
    if (!HAPUS_OPTIONS.has(key)) return fail(msg("unknownOption", bahasa, { opsi: key }));
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "") return fail(msg("missingValue", bahasa, { opsi: key }));
    if (key === "--keluar") keluar = value;
    else if (value !== "id" && value !== "en") return fail(msg("badBahasa", bahasa, { nilai: value }));
  }
  if (positional.length !== 1) return fail(msg("noInput", bahasa));
  return {
    kind: "hapus",
    args: { input: positional[0]!, bahasa, ...(keluar !== undefined ? { keluar } : {}) },
  };
}
