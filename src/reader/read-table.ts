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
  for (const c of columns) roleCols.set(c.role, [...(roleCols.get(c.role) ?? []), c]);
  const none: ColumnMapping[] = [];
  const byRole = (role: ColumnRole) => roleCols.get(role) ?? none;
  const textOf = (r: number, role: ColumnRole): string => {
    for (const c of byRole(role)) {
      const tx = g.text(r, rel(c.col));
      if (tx !== "") return tx;
    }
    return "";
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
  const seenUnreadable = new Set<string>();
  const ctx: {
    tujuan?: string;
    sasaran?: string;
    levelHint?: Level;
    program?: string;
    kegiatan?: string;
    programId?: string;
    kegiatanId?: string;
  } = {};
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

  for (let i = 0; i < nRows; i++) {
    const r = first + i;
    const texts = columns.map((c) => g.text(r, rel(c.col)));
    const nonEmpty = texts.filter((x) => x !== "");
    if (nonEmpty.length === 0) {
      skip(r, "baris kosong");
      continue;
    }
    if (headerSig.has(texts.join("|"))) {
      skip(r, "judul kolom berulang");
      continue;
    }
    if (nonEmpty.length >= 3 && nonEmpty.every((x) => isColumnNumber(x))) {
      skip(r, "baris nomor kolom");
      continue;
    }
    // one merged cell or one lone text across the row: a section line ("SEKRETARIAT :", "Sasaran 1 : ...")
    const anchors = new Set<number>();
    columns.forEach((c, k) => {
      if (texts[k] === "") return;
      const a = g.anchor(r, rel(c.col));
      anchors.add(a.r * 100000 + a.c);
    });
    const valueAt = (c: ColumnMapping): ParsedValue => valueOf(c, i);
    const made = new Map<number, SourcedValue>();
    const rowSv = (c: ColumnMapping, p: ParsedValue): SourcedValue => {
      let v = made.get(c.col);
      if (!v) {
        v = sv(g, r, rel(c.col), p);
        made.set(c.col, v);
      }
      return v;
    };
    const hasValue = valueCols.some((c) => {
      const p = valueAt(c);
      return p.kind !== "blank" && p.kind !== "text";
    });
    if (anchors.size === 1 && !hasValue) {
      const lab = splitLabel(nonEmpty[0]!);
      if (lab.prefix === "tujuan") {
        ctx.tujuan = lab.rest;
        ctx.sasaran = lab.rest;
        ctx.levelHint = "tujuan";
      } else if (lab.prefix === "sasaran") {
        ctx.sasaran = lab.rest;
        ctx.levelHint = "sasaran";
      }
      skip(r, "baris judul bagian");
      continue;
    }
    const label = !AGG_START.test(nonEmpty.join(" "))
      ? ""
      : ([
          textOf(r, "no"),
          textOf(r, "sasaran"),
          textOf(r, "indikator"),
          ...nameCols.map((c) => g.text(r, rel(c.col))),
        ]
          .map((x) => normHeader(x).replace(/^([a-z]|\d{1,2}|[ivx]{1,4}) (?=\S)/, ""))
          .find((x) => x !== "" && AGGREGATE.test(x)) ?? "");
    if (label !== "" && hasValue) {
      const kindAgg = /^(rata|rerata)/.test(label) ? "rata-rata" : "jumlah";
      const labelText = nonEmpty.find((x) => normHeader(x).endsWith(label)) ?? label;
      // "Jumlah PAD" / "Jumlah Pendapatan" adds up the revenue lines, not the programs
      const pool = /\b(pad|pendapatan)\b/.test(label) ? pendapatan : group;
      for (const c of valueCols) {
        const p = valueAt(c);
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
      continue;
    }
    // consecutive total lines ("Jumlah PAD", "Jumlah Belanja") refer to the same rows above them
    if (lastWasAggregate) group = { values: new Map(), capaian: [] };
    lastWasAggregate = false;

    if (kind === "akip") {
      // the AKIP components are no indicators; their scores only feed the "Jumlah Nilai" check
      if (!valueCols.some((c) => valueAt(c).kind === "number")) {
        skip(r, "baris predikat/teks AKIP");
        continue;
      }
      poolNumbers(group, r, i);
      noteUnreadable(r, i);
      mapping.rowsRead++;
      continue;
    }

    if (kind === "anggaran") {
      const nameCol = nameCols.find((c) => g.text(r, rel(c.col)) !== "");
      let nama = nameCol ? g.text(r, rel(nameCol.col)) : textOf(r, "sasaran");
      if (nama === "" || !hasValue) {
        skip(r, nama === "" ? "tanpa nama program/kegiatan" : "tanpa nilai anggaran");
        continue;
      }
      if (/^pendapatan\b/i.test(nama)) {
        // only the top revenue line counts for "Jumlah PAD"; the lines under it repeat its amount
        const top = pendapatan.values.size === 0 || /^[ivx]+\.?$/i.test(textOf(r, "no"));
        if (top) poolNumbers(pendapatan, r, i);
        skip(r, "pendapatan, bukan belanja program");
        continue;
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
      const lab = splitLabel(nama);
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
        (c) => (c.role === "pagu" || c.role === "realisasiAnggaran") && valueAt(c).kind !== "blank",
      );
      if (!money) {
        // capaian and serapan alone (an efficiency summary) are no budget line
        skip(r, "tanpa nilai anggaran");
        continue;
      }
      if (level === "program") {
        ctx.program = nama;
        ctx.programId = rowId;
        delete ctx.kegiatan;
        delete ctx.kegiatanId;
      } else if (level === "kegiatan") {
        ctx.kegiatan = nama;
        ctx.kegiatanId = rowId;
        if (ctx.programId) row.parentId = ctx.programId;
      } else {
        const parent = ctx.kegiatanId ?? ctx.programId;
        if (parent) row.parentId = parent;
      }
      const sas = textOf(r, "sasaran");
      if (sas && nameCol) row.sasaran = splitLabel(sas).rest;
      for (const c of valueCols) {
        const p = valueAt(c);
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
      continue;
    }

    // indicator tables
    const sasText = textOf(r, "sasaran");
    const tujText = textOf(r, "tujuan");
    if (tujText) {
      const lab = splitLabel(tujText);
      ctx.tujuan = lab.rest;
    }
    if (sasText) {
      const lab = splitLabel(sasText);
      if (lab.prefix === "tujuan") {
        ctx.tujuan = lab.rest;
        ctx.sasaran = lab.rest;
        ctx.levelHint = "tujuan";
      } else {
        ctx.sasaran = lab.rest;
        ctx.levelHint = lab.prefix === "sasaran" ? "sasaran" : undefined;
      }
    }
    const withIndicator = indikatorCols.filter((c) => g.text(r, rel(c.col)) !== "");
    if (withIndicator.length === 0) {
      if (nameCols.length > 0) {
        const nm = nameCols.map((c) => g.text(r, rel(c.col))).find((x) => x !== "");
        if (nm) {
          const lab = splitLabel(nm);
          if (lab.prefix === "program" || /^program\b/i.test(nm)) ctx.program = lab.rest || nm;
        }
      }
      skip(
        r,
        hasValue ? "nilai tanpa indikator" : sasText || tujText ? "baris sasaran/tujuan" : "tanpa indikator",
      );
      continue;
    }
    const programText = nameCols
      .filter((c) => c.role === "program" || c.role === "nama")
      .map((c) => g.text(r, rel(c.col)))
      .find((x) => x !== "");
    const subText = nameCols
      .filter((c) => c.role === "subkegiatan" || c.role === "kegiatan")
      .map((c) => g.text(r, rel(c.col)))
      .find((x) => x !== "");
    if (programText) ctx.program = splitLabel(programText).rest;
    for (const ic of withIndicator) {
      let ind = g.text(r, rel(ic.col));
      let kode = textOf(r, "kode") || undefined;
      const km = KODE.exec(ind);
      if (km) {
        kode = kode ?? km[1];
        ind = ind.slice(km[0].length).trim();
      }
      ind = ind.replace(/^\s*\d{1,2}[.)]\s+(?=\S)/, "").trim();
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
      if (tujuan) rec.tujuan = splitLabel(tujuan).rest;
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
      for (const c of valueCols) {
        const p = valueAt(c);
        if (p.kind === "blank") continue;
        const cell: ValueCell = { role: c.role, value: rowSv(c, p) };
        if (c.tahun !== undefined) cell.tahun = c.tahun;
        if (c.triwulan !== undefined) cell.triwulan = c.triwulan;
        rec.values.push(cell);
      }
      out.records.push(rec);
    }
    for (const c of valueCols) {
      const p = valueAt(c);
      if (p.kind !== "number") continue;
      const v = rowSv(c, p);
      const list = group.values.get(c.col) ?? [];
      list.push(v);
      group.values.set(c.col, list);
      if (c.role === "capaian") group.capaian.push(v);
    }
    noteUnreadable(r, i);
    mapping.rowsRead++;
  }
  return out;
}
