/**
 * One table → its column mapping and its rows: indicator records (joined later), budget lines,
 * printed totals/averages, and the reasons rows were skipped.
 */
import { rangeAddress } from "../engine/address";
import type { ColumnMapping, ColumnRole, MappingOverrides, TableKind, TableMapping } from "../engine/mapping";
import type {
  AnggaranRow,
  Level,
  ParsedValue,
  PrintedAggregate,
  SourceRef,
  SourcedValue,
  Temuan,
} from "../engine/model";
import { parseColumn } from "../engine/parse";
import type { Grid } from "./grid";
import { isColumnNumber } from "./headers";
import { applyColumnOverrides, buildColumns, fillYears, overrideFor, tableId } from "./columns";
import { AGG_START, AGGREGATE, KODE, levelOfName } from "./row-labels";
import { adjustRoles, classifyKind } from "./kind";
import type { FoundTable } from "./tables";
import { firstYear, normHeader, splitLabel } from "./text";
import { tidakTerbaca } from "./temuan";

export interface ValueCell {
  role: ColumnRole;
  tahun?: number;
  triwulan?: number;
  value: SourcedValue;
}

export interface IndicatorRecord {
  tableId: string;
  kind: TableKind;
  sheet: string;
  /** absolute row */
  row: number;
  rowRef: SourceRef;
  order: number;
  level: Level;
  levelFromLabel: boolean;
  kode?: string;
  tujuan?: string;
  sasaran?: string;
  indikator: string;
  satuan?: string;
  polaritasText?: string;
  program?: string;
  formula?: string;
  sumberData?: string;
  penanggungJawab?: string;
  values: ValueCell[];
}

export interface TableRead {
  mapping: TableMapping;
  records: IndicatorRecord[];
  anggaran: AnggaranRow[];
  aggregates: PrintedAggregate[];
  temuan: Temuan[];
  /** year the table is about when its headers do not say (title, sheet name) */
  year?: number;
}

const VALUE_ROLES = new Set<ColumnRole>([
  "target",
  "realisasi",
  "capaian",
  "predikat",
  "baseline",
  "renstraTarget",
  "renstraRealisasi",
  "targetAkhir",
  "targetNasional",
  "pagu",
  "realisasiAnggaran",
  "serapan",
  "sisa",
]);
const MONEY_SUM_ROLES = new Set<ColumnRole>(["pagu", "realisasiAnggaran", "sisa", "target", "realisasi"]);

// Patterns used per row, made once (a literal in the loop is a new RegExp object on every row).
const LIST_MARK = /^([a-z]|\d{1,2}|[ivx]{1,4}) (?=\S)/;
const RATA = /^(rata|rerata)/;
const PENDAPATAN_WORD = /\b(pad|pendapatan)\b/;
const PENDAPATAN_LINE = /^pendapatan\b/i;
const LIST_NUMBER = /^\s*\d{1,2}[.)]\s+(?=\S)/;

function sv(g: Grid, r: number, c: number, parsed: ParsedValue): SourcedValue {
  return { raw: g.value(r, c), parsed, source: g.ref(r, c) };
}

export function readTable(
  g: Grid,
  t: FoundTable,
  overrides: MappingOverrides | undefined,
  orderBase: number,
): TableRead | null {
  const id = tableId(g, t);
  const titleYear = firstYear(t.title ?? "") ?? firstYear(g.name);
  const { columns, parts } = buildColumns(g, t);
  const ov = overrideFor(overrides, id);
  let guess = classifyKind(t.title ?? "", g.name, columns);
  if (ov?.kind) guess = { kind: ov.kind, confidence: 1 };
  if (!guess) return null;
  const kind = guess.kind;
  adjustRoles(kind, columns, parts);
  fillYears(columns, kind, titleYear);
  if (ov?.columns) applyColumnOverrides(g, t, columns, ov.columns);
  const top = t.headerRows[0] ?? t.firstDataRow;
  const mapping: TableMapping = {
    id,
    sheet: g.name,
    range: rangeAddress(
      g.absRow(top),
      g.absCol(t.colStart),
      t.lastDataRow - top + 1,
      t.colEnd - t.colStart + 1,
    ),
    headerRows: t.headerRows.map((r) => g.absRow(r)),
    firstDataRow: g.absRow(t.firstDataRow),
    lastDataRow: g.absRow(t.lastDataRow),
    kind,
    kindConfidence: guess.confidence,
    columns,
    rowsRead: 0,
    rowsSkipped: [],
  };
  if (t.title) mapping.title = t.title;
  const out: TableRead = { mapping, records: [], anggaran: [], aggregates: [], temuan: [] };
  if (titleYear !== undefined) out.year = titleYear;
  if (ov?.abaikan) {
    mapping.abaikan = true;
    return out;
  }

  const rel = (absCol: number) => absCol - g.sheet.origin.col;
  const first = t.firstDataRow;
  const nRows = t.lastDataRow - first + 1;
  // parse each value column once, as a column: one number convention per column
  const parsed = new Map<number, ParsedValue[]>();
  for (const c of columns) {
    if (!VALUE_ROLES.has(c.role)) continue;
    const cells = [];
    const fmts = [];
    for (let i = 0; i < nRows; i++) {
      cells.push(g.value(first + i, rel(c.col)));
      fmts.push(g.format(first + i, rel(c.col)));
    }
    const values = parseColumn(cells, fmts);
    parsed.set(c.col, values);
    // "Realisasi Anggaran | 95,18 %": a money header over percentages is the serapan, not rupiah
    if (kind === "anggaran" && (c.role === "realisasiAnggaran" || c.role === "pagu")) {
      const numbers = values.filter((p) => p.kind === "number");
      if (numbers.length > 0 && numbers.every((p) => p.kind === "number" && p.percent)) c.role = "serapan";
    }
  }
  const roleCols = new Map<ColumnRole, ColumnMapping[]>();
  for (const c of columns) {
    const list = roleCols.get(c.role);
    if (list) list.push(c);
    else roleCols.set(c.role, [c]);
  }
  const none: ColumnMapping[] = [];
  const byRole = (role: ColumnRole) => roleCols.get(role) ?? none;
  const textOf = (r: number, role: ColumnRole): string => {
    const list = roleCols.get(role);
    if (list === undefined) return "";
    for (const c of list) {
      const tx = g.text(r, rel(c.col));
      if (tx !== "") return tx;
    }
    return "";
  };
  // A sasaran or program label repeats on many rows of a big table: split each distinct text once.
  // The results are only read, so rows may share them.
  const labels = new Map<string, ReturnType<typeof splitLabel>>();
  const labelOf = (text: string): ReturnType<typeof splitLabel> => {
    let lab = labels.get(text);
    if (lab === undefined) {
      lab = splitLabel(text);
      labels.set(text, lab);
    }
    return lab;
  };
  const indikatorCols = byRole("indikator");
  const leftRoleOf = new Map<number, ColumnRole | undefined>(
    indikatorCols.map((ic) => [
      ic.col,
      columns.filter((c) => c.col < ic.col && c.role !== "no" && c.role !== "kode").slice(-1)[0]?.role,
    ]),
  );
  const nameCols = columns.filter((c) => ["nama", "program", "kegiatan", "subkegiatan"].includes(c.role));
  const valueCols = columns.filter((c) => VALUE_ROLES.has(c.role));
  const headerSig = new Set(t.headerRows.map((h) => columns.map((c) => g.text(h, rel(c.col))).join("|")));
  // a row is joined and compared with the header only when its joined length could match one
  const headerSigLengths = new Set([...headerSig].map((x) => x.length));
  const relCols = columns.map((c) => rel(c.col));
  const seenUnreadable = new Set<string>();
  const ctx: {
    tujuan?: string;
    sasaran?: string;
    levelHint?: Level;
    program?: string;
    kegiatan?: string;
    programId?: string;
    kegiatanId?: string;
    // every field from the start, and cleared by assigning undefined rather than delete: one object
    // shape for the whole table keeps the row functions on their optimised code
  } = {
    tujuan: undefined,
    sasaran: undefined,
    levelHint: undefined,
    program: undefined,
    kegiatan: undefined,
    programId: undefined,
    kegiatanId: undefined,
  };
  let group: { values: Map<number, SourcedValue[]>; capaian: SourcedValue[] } = {
    values: new Map(),
    capaian: [],
  };
  const pendapatan: typeof group = { values: new Map(), capaian: [] };
  let lastWasAggregate = false;
  let order = orderBase;
  const skip = (r: number, reason: string) => mapping.rowsSkipped.push({ row: g.absRow(r), reason });

  const BLANK: ParsedValue = { kind: "blank" };
  const valueOf = (c: ColumnMapping, i: number): ParsedValue => parsed.get(c.col)?.[i] ?? BLANK;
  // Per row, the SourcedValue made for a value column (index in valueCols), so a row's records and
  // its pool entries share one object per cell. Reused across rows: no Map and no closure per row.
  const made: (SourcedValue | undefined)[] = valueCols.map(() => undefined);
  const rowSv = (k: number, r: number, p: ParsedValue): SourcedValue => {
    let v = made[k];
    if (v === undefined) {
      v = sv(g, r, rel(valueCols[k]!.col), p);
      made[k] = v;
    }
    return v;
  };
  // unreadable value cells are reported wherever they are
  const noteUnreadable = (r: number, i: number, indicatorId?: string) => {
    for (const c of valueCols) {
      const p = valueOf(c, i);
      if (p.kind !== "unreadable") continue;
      const ref = g.ref(r, rel(c.col));
      const key = `${ref.sheet}!${ref.cell}`;
      if (seenUnreadable.has(key)) continue;
      seenUnreadable.add(key);
      out.temuan.push(tidakTerbaca(ref, p.text, indicatorId));
    }
  };

  // the number cells of a row, per column, for the Jumlah/Rata-rata checks of the pool the row belongs to
  const poolNumbers = (pool: typeof group, r: number, i: number): void => {
    for (const c of valueCols) {
      const p = valueOf(c, i);
      if (p.kind !== "number") continue;
      const list = pool.values.get(c.col) ?? [];
      list.push(sv(g, r, rel(c.col), p));
      pool.values.set(c.col, list);
    }
  };

  const nCols = columns.length;
  // one pair of buffers for all rows: a row's texts are only looked at while the row is read
  const texts: string[] = columns.map(() => "");
  const nonEmpty: string[] = [];
  // A budget line (anggaran table), after the checks every table makes.
  const readAnggaranRow = (r: number, i: number, hasValue: boolean): void => {
    const nameCol = nameCols.find((c) => g.text(r, rel(c.col)) !== "");
    let nama = nameCol ? g.text(r, rel(nameCol.col)) : textOf(r, "sasaran");
    if (nama === "" || !hasValue) {
      skip(r, nama === "" ? "tanpa nama program/kegiatan" : "tanpa nilai anggaran");
      return;
    }
    if (PENDAPATAN_LINE.test(nama)) {
      // only the top revenue line counts for "Jumlah PAD"; the lines under it repeat its amount
      const top = pendapatan.values.size === 0 || /^[ivx]+\.?$/i.test(textOf(r, "no"));
      if (top) poolNumbers(pendapatan, r, i);
      skip(r, "pendapatan, bukan belanja program");
      return;
    }
    let kode = textOf(r, "kode") || undefined;
    const km = KODE.exec(nama);
    if (km) {
      kode = kode ?? km[1];
      nama = nama.slice(km[0].length).trim();
    }
    const role = nameCol?.role;
    // a budget per sasaran (no program column) is a top-level line
    const level = !nameCol
      ? "program"
      : role === "program" || role === "kegiatan" || role === "subkegiatan"
        ? role
        : levelOfName(nama, textOf(r, "no"), kode, ctx);
    const lab = labelOf(nama);
    if (lab.prefix) nama = lab.rest;
    const rowId = kode ?? `${g.name}!${g.absRow(r) + 1}`;
    const row: AnggaranRow = {
      id: rowId,
      level,
      nama,
      anggaran: {},
      source: { sheet: g.name, cell: g.ref(r, rel((nameCol ?? columns[0]!).col)).cell },
    };
    if (kode) row.kode = kode;
    const money = valueCols.some(
      (c) => (c.role === "pagu" || c.role === "realisasiAnggaran") && valueOf(c, i).kind !== "blank",
    );
    if (!money) {
      // capaian and serapan alone (an efficiency summary) are no budget line
      skip(r, "tanpa nilai anggaran");
      return;
    }
    if (level === "program") {
      ctx.program = nama;
      ctx.programId = rowId;
      ctx.kegiatan = undefined;
      ctx.kegiatanId = undefined;
    } else if (level === "kegiatan") {
      ctx.kegiatan = nama;
      ctx.kegiatanId = rowId;
      if (ctx.programId) row.parentId = ctx.programId;
    } else {
      const parent = ctx.kegiatanId ?? ctx.programId;
      if (parent) row.parentId = parent;
    }
    const sas = textOf(r, "sasaran");
    if (sas && nameCol) row.sasaran = labelOf(sas).rest;
    for (const c of valueCols) {
      const p = valueOf(c, i);
      if (p.kind === "blank") continue;
      const v = sv(g, r, rel(c.col), p);
      if (c.role === "pagu" && !row.anggaran.pagu) row.anggaran.pagu = v;
      else if (c.role === "realisasiAnggaran" && !row.anggaran.realisasi) row.anggaran.realisasi = v;
      else if (c.role === "serapan" && !row.anggaran.persenTercetak) row.anggaran.persenTercetak = v;
      else if (c.role === "sisa" && !row.anggaran.sisaTercetak) row.anggaran.sisaTercetak = v;
      else if (c.role === "capaian" && !row.capaianTercetak) row.capaianTercetak = v;
    }
    // Σ checks compare a total with the rows of the top level only
    if (level === "program" || !row.parentId) poolNumbers(group, r, i);
    noteUnreadable(r, i, rowId);
    out.anggaran.push(row);
    mapping.rowsRead++;
  };

  // An indicator row (PK, pengukuran, Renstra, IKU ... tables), after the checks every table makes.
  const readIndicatorRow = (r: number, i: number, hasValue: boolean): void => {
    const sasText = textOf(r, "sasaran");
    const tujText = textOf(r, "tujuan");
    if (tujText) {
      const lab = labelOf(tujText);
      ctx.tujuan = lab.rest;
    }
    if (sasText) {
      const lab = labelOf(sasText);
      if (lab.prefix === "tujuan") {
        ctx.tujuan = lab.rest;
        ctx.sasaran = lab.rest;
        ctx.levelHint = "tujuan";
      } else {
        ctx.sasaran = lab.rest;
        ctx.levelHint = lab.prefix === "sasaran" ? "sasaran" : undefined;
      }
    }
    const withIndicator: ColumnMapping[] = [];
    for (const c of indikatorCols) if (g.text(r, rel(c.col)) !== "") withIndicator.push(c);
    if (withIndicator.length === 0) {
      if (nameCols.length > 0) {
        const nm = nameCols.map((c) => g.text(r, rel(c.col))).find((x) => x !== "");
        if (nm) {
          const lab = labelOf(nm);
          if (lab.prefix === "program" || /^program\b/i.test(nm)) ctx.program = lab.rest || nm;
        }
      }
      skip(
        r,
        hasValue ? "nilai tanpa indikator" : sasText || tujText ? "baris sasaran/tujuan" : "tanpa indikator",
      );
      return;
    }
    let programText: string | undefined;
    let subText: string | undefined;
    for (const c of nameCols) {
      const isProgram = c.role === "program" || c.role === "nama";
      if (isProgram ? programText !== undefined : subText !== undefined) continue;
      if (!isProgram && c.role !== "subkegiatan" && c.role !== "kegiatan") continue;
      const tx = g.text(r, rel(c.col));
      if (tx === "") continue;
      if (isProgram) programText = tx;
      else subText = tx;
    }
    if (programText) ctx.program = labelOf(programText).rest;
    for (const ic of withIndicator) {
      let ind = g.text(r, rel(ic.col));
      let kode = textOf(r, "kode") || undefined;
      const km = KODE.exec(ind);
      if (km) {
        kode = kode ?? km[1];
        ind = ind.slice(km[0].length).trim();
      }
      ind = ind.replace(LIST_NUMBER, "").trim();
      // the level of an indicator column comes from the text column just left of it ("Tujuan | Indikator Tujuan")
      const leftRole = leftRoleOf.get(ic.col);
      let level: Level = "sasaran";
      let fromLabel = false;
      if (indikatorCols.length > 1 && leftRole === "tujuan") level = "tujuan";
      else if (ctx.levelHint) {
        level = ctx.levelHint;
        fromLabel = true;
      } else if (tujText && !sasText && byRole("sasaran").length) level = "tujuan";
      else if (byRole("subkegiatan").length) level = "subkegiatan";
      else if (byRole("kegiatan").length) level = "kegiatan";
      else if (byRole("program").length) level = "program";
      else if (programText) {
        const lv = levelOfName(programText, textOf(r, "no"), kode, {});
        level = lv;
      }
      const rec: IndicatorRecord = {
        tableId: id,
        kind,
        sheet: g.name,
        row: g.absRow(r),
        rowRef: g.ref(r, rel(ic.col)),
        order: order++,
        level,
        levelFromLabel: fromLabel,
        indikator: ind,
        values: [],
      };
      if (kode) rec.kode = kode;
      const tujuan = level === "tujuan" && indikatorCols.length > 1 ? tujText || ctx.tujuan : ctx.tujuan;
      if (tujuan) rec.tujuan = labelOf(tujuan).rest;
      const sasaran = level === "tujuan" ? (rec.tujuan ?? ctx.sasaran) : ctx.sasaran;
      if (sasaran) rec.sasaran = sasaran;
      else if (subText) rec.sasaran = subText;
      else if (ctx.program) rec.sasaran = ctx.program;
      const sat = textOf(r, "satuan");
      if (sat) rec.satuan = sat;
      const pol = textOf(r, "polaritas");
      if (pol) rec.polaritasText = pol;
      if (ctx.program) rec.program = ctx.program;
      const f = textOf(r, "formula");
      if (f) rec.formula = f;
      const sd = textOf(r, "sumberData");
      if (sd) rec.sumberData = sd;
      const pj = textOf(r, "penanggungJawab");
      if (pj) rec.penanggungJawab = pj;
      for (let k = 0; k < valueCols.length; k++) {
        const c = valueCols[k]!;
        const p = valueOf(c, i);
        if (p.kind === "blank") continue;
        const cell: ValueCell = { role: c.role, value: rowSv(k, r, p) };
        if (c.tahun !== undefined) cell.tahun = c.tahun;
        if (c.triwulan !== undefined) cell.triwulan = c.triwulan;
        rec.values.push(cell);
      }
      out.records.push(rec);
    }
    for (let k = 0; k < valueCols.length; k++) {
      const c = valueCols[k]!;
      const p = valueOf(c, i);
      if (p.kind !== "number") continue;
      const v = rowSv(k, r, p);
      const list = group.values.get(c.col) ?? [];
      list.push(v);
      group.values.set(c.col, list);
      if (c.role === "capaian") group.capaian.push(v);
    }
    noteUnreadable(r, i);
    mapping.rowsRead++;
  };

  // A row is read by functions of their own (this one, then the anggaran or indicator part above),
  // not by the loop's body: they are hot, and functions this size are optimised sooner and cheaper
  // than the whole of readTable, which V8 otherwise compiles while the first big table runs slowly.
  const readRow = (i: number): void => {
    const r = first + i;
    nonEmpty.length = 0;
    let joinedLength = nCols - 1;
    for (let k = 0; k < nCols; k++) {
      const tx = g.text(r, relCols[k]!);
      texts[k] = tx;
      joinedLength += tx.length;
      if (tx !== "") nonEmpty.push(tx);
    }
    if (nonEmpty.length === 0) {
      skip(r, "baris kosong");
      return;
    }
    if (headerSigLengths.has(joinedLength) && headerSig.has(texts.join("|"))) {
      skip(r, "judul kolom berulang");
      return;
    }
    if (nonEmpty.length >= 3 && nonEmpty.every((x) => isColumnNumber(x))) {
      skip(r, "baris nomor kolom");
      return;
    }
    // one merged cell or one lone text across the row: a section line ("SEKRETARIAT :", "Sasaran 1 : ...")
    // the number of distinct anchors among the filled cells matters only as "exactly one"
    let anchor = -1;
    let oneAnchor = true;
    for (let k = 0; k < nCols; k++) {
      if (texts[k] === "") continue;
      const a = g.anchorKey(r, relCols[k]!);
      if (anchor === -1) anchor = a;
      else if (a !== anchor) {
        oneAnchor = false;
        break;
      }
    }
    made.fill(undefined);
    let hasValue = false;
    for (const c of valueCols) {
      const p = valueOf(c, i);
      if (p.kind !== "blank" && p.kind !== "text") {
        hasValue = true;
        break;
      }
    }
    if (oneAnchor && !hasValue) {
      const lab = labelOf(nonEmpty[0]!);
      if (lab.prefix === "tujuan") {
        ctx.tujuan = lab.rest;
        ctx.sasaran = lab.rest;
        ctx.levelHint = "tujuan";
      } else if (lab.prefix === "sasaran") {
        ctx.sasaran = lab.rest;
        ctx.levelHint = "sasaran";
      }
      skip(r, "baris judul bagian");
      return;
    }
    // AGG_START finds a word start in the joined texts exactly when it finds one in some text
    // (a text's start stands where the joining space was), so no joined string per row
    let aggStart = false;
    for (const x of nonEmpty)
      if (AGG_START.test(x)) {
        aggStart = true;
        break;
      }
    const label = !aggStart
      ? ""
      : ([
          textOf(r, "no"),
          textOf(r, "sasaran"),
          textOf(r, "indikator"),
          ...nameCols.map((c) => g.text(r, rel(c.col))),
        ]
          .map((x) => normHeader(x).replace(LIST_MARK, ""))
          .find((x) => x !== "" && AGGREGATE.test(x)) ?? "");
    if (label !== "" && hasValue) {
      const kindAgg = RATA.test(label) ? "rata-rata" : "jumlah";
      const labelText = nonEmpty.find((x) => normHeader(x).endsWith(label)) ?? label;
      // "Jumlah PAD" / "Jumlah Pendapatan" adds up the revenue lines, not the programs
      const pool = PENDAPATAN_WORD.test(label) ? pendapatan : group;
      for (const c of valueCols) {
        const p = valueOf(c, i);
        if (p.kind !== "number") continue;
        if (kindAgg === "jumlah" && !MONEY_SUM_ROLES.has(c.role)) continue;
        const members = pool.values.get(c.col) ?? (c.role === "capaian" ? pool.capaian : []);
        out.aggregates.push({
          kind: kindAgg,
          label: labelText,
          printed: sv(g, r, rel(c.col), p),
          members: [...members],
        });
      }
      skip(r, kindAgg === "jumlah" ? "baris jumlah" : "baris rata-rata");
      lastWasAggregate = true;
      return;
    }
    // consecutive total lines ("Jumlah PAD", "Jumlah Belanja") refer to the same rows above them
    if (lastWasAggregate) group = { values: new Map(), capaian: [] };
    lastWasAggregate = false;

    if (kind === "akip") {
      // the AKIP components are no indicators; their scores only feed the "Jumlah Nilai" check
      if (!valueCols.some((c) => valueOf(c, i).kind === "number")) {
        skip(r, "baris predikat/teks AKIP");
        return;
      }
      poolNumbers(group, r, i);
      noteUnreadable(r, i);
      mapping.rowsRead++;
      return;
    }

    if (kind === "anggaran") return readAnggaranRow(r, i, hasValue);

    // indicator tables
    readIndicatorRow(r, i, hasValue);
  };
  for (let i = 0; i < nRows; i++) readRow(i);
  return out;
}
