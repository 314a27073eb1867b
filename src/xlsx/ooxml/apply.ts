/**
 * Applies a WritePlan to the original package, part by part. Only the parts an operation needs are
 * parsed and rewritten; charts, pivot tables, slicers, images, macros and every part this module
 * does not know leave byte-identical. Order follows the plan contract: sheets, clears, removals,
 * values and styles, merges, column widths, conditional formats, notes, charts, names, deletions.
 */
import { parseAddress, quoteSheet, columnLetter } from "../../engine/address";
import type { ApplyReport, PlanValue, Refusal, WritePlan } from "../../engine/plan";
import { dropDrawing, chartData, chartXml, writeChart } from "./charts";
import { OoxmlRefusalError, protectedSheetRefusal, protectedWorkbookRefusal } from "./errors";
import { classifyParts, isProtectedSheetXml, PartKind } from "./inspect";
import { syncAppTitles } from "./app-props";
import { deleteNames, deleteSheets } from "./delete-sheets";
import { applyLinks } from "./hyperlinks";
import { dropNotes, writeNotes } from "./notes";
import { OoxmlPackage } from "./package";
import { applyPageSetup, setPrintNames } from "./page-setup";
import { applyRemoval } from "./remove";
import { writeValues } from "./apply-values";
import { cfRuleXml } from "./cf-rule";
import { SheetEditor } from "./sheet";
import {
  addRuleBlock,
  maxPriority,
  removeRulesOn,
  setColumnWidth,
  setFreeze,
  setTabColor,
} from "./sheet-layout";
import { argb, StyleBook } from "./styles";
import { Workbook } from "./workbook";
import type { ZipArchive } from "./zip";
import { child, children, root } from "./xml";
import { runsText } from "./xml-scan";

/** Excel's limit on the text in one cell. */
const MAX_CELL_TEXT = 32767;
// eslint-disable-next-line no-control-regex -- control characters are not allowed in sheet names
const INVALID_SHEET_NAME = /[[\]:*?/\\\u0000-\u001F]/;

export interface ApplyOutcome {
  buffer: Buffer;
  report: ApplyReport;
  /** parts carried over byte-identical, per kind */
  preserved: Partial<Record<PartKind, number>>;
}

/** Excel's rule for a defined name: letters, digits, _ . \\, not starting with a digit, not a cell reference, at most 255 characters. */
function validName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name) || /^R\d*C\d*$/i.test(name)) return false;
  return true;
}

function absolute(address: string): string {
  const b = parseAddress(address);
  const tl = `$${columnLetter(b.col)}$${b.row + 1}`;
  if (b.rowCount === 1 && b.colCount === 1) return tl;
  return `${tl}:$${columnLetter(b.col + b.colCount - 1)}$${b.row + b.rowCount}`;
}

class Session {
  readonly report: ApplyReport = { cellsWritten: 0, sheetsCreated: [], skipped: [] };
  private readonly editors = new Map<string, SheetEditor>();
  private sharedStrings?: string[];
  private nonFinite = 0;
  private truncated = 0;

  constructor(
    readonly pkg: OoxmlPackage,
    readonly wb: Workbook,
  ) {}

  async editor(name: string): Promise<SheetEditor> {
    const key = name.toLowerCase();
    const cached = this.editors.get(key);
    if (cached) return cached;
    const entry = await this.wb.sheet(name);
    if (!entry)
      throw new Error(`the plan writes to sheet "${name}", which neither exists nor is created by the plan`);
    if (!entry.path || !this.pkg.has(entry.path)) throw new Error(`sheet "${name}" is not a worksheet part`);
    const ed = await SheetEditor.open(this.pkg, entry.name, entry.path);
    this.editors.set(key, ed);
    return ed;
  }

  async strings(): Promise<string[]> {
    if (this.sharedStrings) return this.sharedStrings;
    const rel = (await this.pkg.rels(this.wb.path)).find((r) => r.type.endsWith("/sharedStrings"));
    // Scanned as text when it is plain: a tree of a large table's strings is only read once here.
    const text = rel ? await this.pkg.currentText(rel.target) : undefined;
    const scanned = text === undefined ? undefined : scanSharedStrings(text);
    if (scanned) return (this.sharedStrings = scanned);
    const out: string[] = [];
    const doc = rel ? await this.pkg.xml(rel.target) : undefined;
    for (const si of doc ? children(root(doc), "si") : []) {
      const t = child(si, "t");
      out.push(
        t
          ? (t.textContent ?? "")
          : children(si, "r")
              .map((r) => child(r, "t")?.textContent ?? "")
              .join(""),
      );
    }
    this.sharedStrings = out;
    return out;
  }

  value(v: PlanValue): PlanValue {
    if (typeof v === "number" && !Number.isFinite(v)) {
      this.nonFinite++;
      return null;
    }
    if (typeof v === "string" && v.length > MAX_CELL_TEXT) {
      this.truncated++;
      return v.slice(0, MAX_CELL_TEXT);
    }
    return v;
  }

  finish(): void {
    if (this.nonFinite) {
      this.report.skipped.push({
        id: `${this.nonFinite} nilai bukan angka hingga (NaN/Infinity) ditulis sebagai sel kosong.`,
        en: `${this.nonFinite} non-finite numbers (NaN/Infinity) were written as empty cells.`,
      });
    }
    if (this.truncated) {
      this.report.skipped.push({
        id: `${this.truncated} teks dipotong ke ${MAX_CELL_TEXT} karakter (batas Excel).`,
        en: `${this.truncated} texts were cut to ${MAX_CELL_TEXT} characters (Excel's limit).`,
      });
    }
    for (const ed of this.editors.values()) ed.updateDimension();
  }

  get all(): SheetEditor[] {
    return [...this.editors.values()];
  }
}

/**
 * The shared strings of an unprefixed part, as the tree would give them (a <t>, or the <t> of each
 * rich run; phonetic runs are not shown); undefined for a part this scan does not vouch for.
 */
function scanSharedStrings(text: string): string[] | undefined {
  if (/<\w+:sst[\s>]/.test(text) || /<!\[CDATA\[|<!ENTITY/.test(text)) return undefined;
  const out: string[] = [];
  for (const m of text.matchAll(/<si\s*\/>|<si(?:\s[^>]*)?>([\s\S]*?)<\/si>/g)) {
    out.push(runsText(m[1] ?? ""));
  }
  return out;
}

/** Sheets the plan changes, for the protection check before anything is written. */
function sheetsWritten(plan: WritePlan): Set<string> {
  const out = new Set<string>();
  for (const s of plan.sheets) {
    if (s.clear || s.columnWidths?.length || s.freeze || s.tabColor) out.add(s.name);
  }
  for (const list of [
    plan.removals ?? [],
    plan.ranges,
    plan.merges,
    plan.conditionalFormats,
    plan.notes,
    plan.charts,
  ]) {
    for (const w of list) out.add(w.sheet);
  }
  return out;
}

async function refusals(pkg: OoxmlPackage, wb: Workbook, plan: WritePlan): Promise<Refusal[]> {
  const out: Refusal[] = [];
  for (const name of sheetsWritten(plan)) {
    const entry = await wb.sheet(name);
    if (!entry?.path) continue;
    const text = (await pkg.text(entry.path)) ?? "";
    if (isProtectedSheetXml(text)) out.push(protectedSheetRefusal(entry.name));
  }
  const protection = child(root(wb.doc), "workbookProtection");
  const locked = ["1", "true"].includes(protection?.getAttribute("lockStructure") ?? "");
  if (locked) {
    for (const s of plan.sheets) {
      const entry = await wb.sheet(s.name);
      const state = entry?.element.getAttribute("state") || "visible";
      if (!entry || (s.visibility && s.visibility !== state)) out.push(protectedWorkbookRefusal(s.name));
    }
    for (const name of plan.deleteSheets ?? []) out.push(protectedWorkbookRefusal(name));
  }
  return out;
}

type Styles = () => Promise<StyleBook>;

/** 1. sheets: the plan's new ones added (named as Excel allows), visibility set */
async function addSheets(s: Session, plan: WritePlan): Promise<void> {
  for (const sheet of plan.sheets) {
    let entry = await s.wb.sheet(sheet.name);
    if (!entry) {
      if (!sheet.create)
        throw new Error(`sheet "${sheet.name}" does not exist and the plan does not create it`);
      if (!sheet.name || sheet.name.length > 31 || INVALID_SHEET_NAME.test(sheet.name)) {
        throw new Error(`"${sheet.name}" cannot be an Excel sheet name`);
      }
      entry = await s.wb.addSheet(sheet.name);
      s.report.sheetsCreated.push(entry.name);
    }
    if (sheet.visibility) s.wb.setVisibility(entry, sheet.visibility);
  }
}

/** 2. clears (owned sheets only, by the plan's contract), then the blocks an earlier run wrote and this one does not */
async function clearAndRemove(s: Session, plan: WritePlan): Promise<void> {
  for (const sheet of plan.sheets.filter((x) => x.clear)) {
    const ed = await s.editor(sheet.name);
    ed.clear();
    await dropDrawing(s.pkg, ed);
    await dropNotes(s.pkg, ed);
  }
  for (const r of plan.removals ?? []) applyRemoval(await s.editor(r.sheet), r);
}

/** 5. row heights, page setup, links, column widths, panes, tab colours */
async function sheetLayout(s: Session, plan: WritePlan): Promise<void> {
  for (const sheet of plan.sheets) {
    if (!sheet.columnWidths?.length && !sheet.freeze && !sheet.tabColor && !sheet.pageSetup && !sheet.links)
      continue;
    const ed = await s.editor(sheet.name);
    for (const h of sheet.rowHeights ?? []) ed.rowHeights.set(h.row, h.height);
    if (sheet.pageSetup) {
      applyPageSetup(ed.ws, sheet.pageSetup);
      ed.touch();
    }
    applyLinks(ed, sheet.links ?? []);
    for (const w of sheet.columnWidths ?? []) setColumnWidth(ed.ws, w.col, w.width);
    if (sheet.freeze) setFreeze(ed.ws, sheet.freeze.rows, sheet.freeze.cols);
    const tab = argb(sheet.tabColor);
    if (tab) setTabColor(ed.ws, tab);
    if (sheet.columnWidths?.length || sheet.freeze || tab) ed.touch();
  }
}

/** 6. conditional formats: every replaced block goes first, so priorities come out the same on every run */
async function rules(s: Session, plan: WritePlan, styles: Styles): Promise<void> {
  for (const cf of plan.conditionalFormats) {
    const ed = await s.editor(cf.sheet);
    if (removeRulesOn(ed.ws, cf.address, cf.rules.length === 0)) ed.touch();
  }
  for (const cf of plan.conditionalFormats) {
    if (!cf.rules.length) continue;
    const ed = await s.editor(cf.sheet);
    const book = await styles();
    const first = maxPriority(ed.ws) + 1;
    addRuleBlock(
      ed.ws,
      cf.address,
      cf.rules.map((rule, i) => cfRuleXml(ed.ws.p, book, rule, first + i)),
    );
    ed.touch();
  }
}

/** 7. notes, per sheet */
async function notes(s: Session, plan: WritePlan): Promise<void> {
  type Note = { row: number; col: number; text: string; remove?: true };
  const bySheet = new Map<string, Map<string, Note>>();
  for (const n of plan.notes) {
    const p = parseAddress(n.cell);
    // One note per cell: a later note on the same cell replaces an earlier one, as in Excel
    // (and takes its place at the end, as it is written later).
    const list = bySheet.get(n.sheet) ?? new Map<string, Note>();
    const key = `${p.row},${p.col}`;
    list.delete(key);
    list.set(key, { row: p.row, col: p.col, text: n.text, ...(n.remove ? { remove: true } : {}) });
    bySheet.set(n.sheet, list);
  }
  for (const [name, list] of bySheet) {
    // the sheet's notes when a notes part cannot be read, and each note on a cell holding the user's own
    s.report.skipped.push(...(await writeNotes(s.pkg, await s.editor(name), [...list.values()])));
  }
}

/** 8. charts, each from its data block */
async function charts(s: Session, plan: WritePlan): Promise<void> {
  for (const chart of plan.charts) {
    const ed = await s.editor(chart.sheet);
    const data = chartData(ed, chart, await s.strings());
    if (!data.series.length || !data.categories.length) {
      s.report.skipped.push({
        id: `Grafik "${chart.name}" tidak dibuat: blok data ${chart.dataAddress} tidak memuat seri.`,
        en: `Chart "${chart.name}" was not made: data block ${chart.dataAddress} holds no series.`,
      });
      continue;
    }
    await writeChart(s.pkg, ed, chart, chartXml(chart, data));
  }
}

/** 9. names, then the print names of the sheets with a page setup */
async function names(s: Session, plan: WritePlan): Promise<void> {
  for (const n of plan.names) {
    if (!validName(n.name)) {
      s.report.skipped.push({
        id: `Nama "${n.name}" tidak dibuat: bukan nama yang sah di Excel.`,
        en: `Name "${n.name}" was not created: Excel does not accept it as a name.`,
      });
      continue;
    }
    s.wb.setDefinedName(n.name, `${quoteSheet(n.sheet)}!${absolute(n.address)}`);
  }
  for (const sheet of plan.sheets)
    if (sheet.pageSetup) await setPrintNames(s.wb, sheet.name, sheet.pageSetup);
}

/** 10. the sheets' parts written out; "Hapus hasil": the add-in's names, then its sheets; app.xml follows */
async function finish(s: Session, plan: WritePlan): Promise<void> {
  s.finish();
  if (s.all.some((ed) => ed.formulasOverwritten > 0)) await s.wb.dropCalcChain();
  deleteNames(s.wb, plan.deleteNames ?? []);
  await deleteSheets(s.pkg, s.wb, plan.deleteSheets ?? []);
  if (s.report.sheetsCreated.length > 0 || (plan.deleteSheets ?? []).length > 0)
    await syncAppTitles(s.pkg, s.wb);
  s.wb.setFullCalcOnLoad();
}

/** Parts of the input the copy kept byte-identical, per kind. */
function preservedParts(pkg: OoxmlPackage, originals: string[]): Partial<Record<PartKind, number>> {
  const changed = new Set([...pkg.changedParts(), ...pkg.removedParts()]);
  const preserved: Partial<Record<PartKind, number>> = {};
  for (const [kind, paths] of Object.entries(classifyParts(originals))) {
    const kept = paths.filter((p) => !changed.has(p)).length;
    if (kept) preserved[kind as PartKind] = kept;
  }
  return preserved;
}

export async function applyPlan(input: Uint8Array | ZipArchive, plan: WritePlan): Promise<ApplyOutcome> {
  const pkg = await OoxmlPackage.load(input);
  const originals = pkg.paths();
  const wb = await Workbook.open(pkg);
  const refused = await refusals(pkg, wb, plan);
  if (refused.length) throw new OoxmlRefusalError(refused);

  let styleBook: StyleBook | undefined;
  const styles = async () => (styleBook ??= await StyleBook.open(pkg, wb.path));
  const s = new Session(pkg, wb);
  await addSheets(s, plan);
  await clearAndRemove(s, plan);
  await writeValues(s, plan.ranges, styles);
  for (const m of plan.merges) {
    const ed = await s.editor(m.sheet);
    if (ed.merges.add(m.address)) ed.touch();
  }
  await sheetLayout(s, plan);
  await rules(s, plan, styles);
  await notes(s, plan);
  await charts(s, plan);
  await names(s, plan);
  await finish(s, plan);
  const buffer = await pkg.save();
  return { buffer, report: s.report, preserved: preservedParts(pkg, originals) };
}
