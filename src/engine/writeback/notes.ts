/** A note on every user cell a finding points at, in the user's language, so the reviewer sees why. */
import { cellAddress, quoteSheet } from "../address";
import type { Pesan, Temuan } from "../model";
import type { NoteWrite } from "../plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { findSheet, toGrid } from "./ownership";

export const NOTE_PREFIX = "Capaian Kinerja:";

/** Why a finding got no note: its cell holds the user's own note, which the add-in never replaces. */
export function catatanPengguna(sheet: string, cell: string): Pesan {
  const at = `${quoteSheet(sheet)}!${cell}`;
  return {
    id: `Temuan di ${at} tidak dipasang sebagai catatan karena sel itu sudah berisi catatan Anda.`,
    en: `The finding at ${at} was not attached as a note because that cell already holds your note.`,
  };
}

export interface NotesOutcome {
  notes: NoteWrite[];
  /** findings whose cell holds a note the add-in did not write: no note, one sentence per cell */
  tidakDipasang: Pesan[];
}

/** A noted cell as compared: "$B$7" and "b7" are B7. */
function notedCell(cell: string): string {
  return cell.replace(/\$/g, "").toUpperCase();
}

/**
 * Whether a cell holds a note the add-in did not write (the snapshot lists noted cells, the state
 * its own). Both lists are made sets once: on a second run of 100,000 findings each list holds
 * 100,000 cells, and a scan of them per note was 10^10 comparisons.
 */
function userNotes(
  owned: { sheet: string; cell: string }[],
): (sheet: SheetSnapshot, cell: string) => boolean {
  const ours = new Set(owned.map((o) => `${o.sheet.toLocaleLowerCase()}!${notedCell(o.cell)}`));
  const noted = new Map<SheetSnapshot, Set<string>>();
  return (sheet, cell) => {
    let cells = noted.get(sheet);
    if (cells === undefined) {
      cells = new Set((sheet.catatan ?? []).map(notedCell));
      noted.set(sheet, cells);
    }
    return cells.has(cell) && !ours.has(`${sheet.name.toLocaleLowerCase()}!${cell}`);
  };
}

/**
 * Findings of the reading and of the computation, each once (same code, first cell and message).
 * Keyed by the place only, the messages compared among the few findings of one place: a key with
 * the message in it was a second copy of every message (100,000 findings: 245 → 60 ms).
 */
export function allTemuan(...lists: Temuan[][]): Temuan[] {
  const byPlace = new Map<string, Temuan | Temuan[]>();
  const out: Temuan[] = [];
  for (const list of lists)
    for (const t of list) {
      const first = t.sel[0];
      const key = `${t.kode}|${first?.sheet ?? ""}|${first?.cell ?? ""}`;
      const prev = byPlace.get(key);
      if (prev === undefined) byPlace.set(key, t);
      else if (Array.isArray(prev)) {
        if (prev.some((p) => p.pesan.id === t.pesan.id)) continue;
        prev.push(t);
      } else {
        if (prev.pesan.id === t.pesan.id) continue;
        byPlace.set(key, [prev, t]);
      }
      out.push(t);
    }
  return out;
}

/** The sheet a note may go on, looked up once per name: protected sheets and the add-in's own take none. */
function noteSheets(
  snapshot: WorkbookSnapshot,
  isAddinSheet: (name: string) => boolean,
): (name: string) => SheetSnapshot | null {
  // thousands of findings point at a handful of sheets
  const sheets = new Map<string, SheetSnapshot | null>();
  return (name) => {
    let sheet = sheets.get(name);
    if (sheet === undefined) {
      const found = findSheet(snapshot, name);
      // the add-in's own sheets show findings in their tables instead
      sheet = found && !found.protected && !isAddinSheet(found.name) ? found : null;
      sheets.set(name, sheet);
    }
    return sheet;
  };
}

/**
 * A note per cell the findings point at, in the order the cells are first named, its lines each
 * once. Cells are looked up by sheet and then address (no key string per finding), and a note holds
 * its text, its lines listed apart only once a second one comes: the key, entry and line list per
 * cell were some 40 MB of old-generation garbage at 100,000 findings (measured).
 */
function notesByCell(
  temuan: Temuan[],
  bahasa: "id" | "en",
  noteSheet: (name: string) => SheetSnapshot | null,
): NoteWrite[] {
  const notes: NoteWrite[] = [];
  const at = new Map<SheetSnapshot, Map<string, NoteWrite>>();
  const moreLines = new Map<NoteWrite, string[]>();
  for (const t of temuan) {
    const ref = t.sel[0];
    const sheet = ref ? noteSheet(ref.sheet) : null;
    const g = ref ? toGrid(ref.cell) : null;
    if (!sheet || !g) continue;
    let cells = at.get(sheet);
    if (cells === undefined) at.set(sheet, (cells = new Map()));
    const line = `${NOTE_PREFIX} ${t.pesan[bahasa]}`;
    const cell = cellAddress(g.row, g.col);
    const note = cells.get(cell);
    if (note === undefined) {
      const made = { sheet: sheet.name, cell, text: line };
      cells.set(cell, made);
      notes.push(made);
      continue;
    }
    const lines = moreLines.get(note) ?? [note.text];
    if (lines.includes(line)) continue;
    lines.push(line);
    moreLines.set(note, lines);
    note.text = lines.join("\n");
  }
  return notes;
}

/**
 * A note per cell that findings point at. A cell that holds a note the add-in did not write keeps it:
 * its findings are told in the run's report instead (the same rule for every host).
 */
export function buildNotes(
  snapshot: WorkbookSnapshot,
  temuan: Temuan[],
  bahasa: "id" | "en",
  isAddinSheet: (name: string) => boolean,
  /** the notes the add-in wrote on earlier runs (the state lists them) */
  owned: { sheet: string; cell: string }[],
): NotesOutcome {
  const noteSheet = noteSheets(snapshot, isAddinSheet);
  const notes: NoteWrite[] = [];
  const tidakDipasang: Pesan[] = [];
  const userNoteOn = userNotes(owned);
  for (const n of notesByCell(temuan, bahasa, noteSheet)) {
    if (userNoteOn(noteSheet(n.sheet)!, n.cell)) tidakDipasang.push(catatanPengguna(n.sheet, n.cell));
    else notes.push(n);
  }
  return { notes, tidakDipasang };
}

/**
 * The notes an earlier run wrote that this run does not write again: their findings are gone, so
 * they are taken away. Notes on the add-in's own sheets go with the sheet's clearing; a protected
 * sheet keeps its note until it can be edited (the cell stays listed).
 */
export function staleNotes(
  snapshot: WorkbookSnapshot,
  before: { sheet: string; cell: string }[],
  now: NoteWrite[],
  isAddinSheet: (name: string) => boolean,
): { removals: NoteWrite[]; kept: { sheet: string; cell: string }[] } {
  const key = (sheet: string, cell: string) => `${sheet.toLocaleLowerCase()}!${cell.toUpperCase()}`;
  const written = new Set(now.map((n) => key(n.sheet, n.cell)));
  const removals: NoteWrite[] = [];
  const kept: { sheet: string; cell: string }[] = [];
  const seen = new Set<string>();
  // an earlier run's notes are on a handful of sheets: each name is looked up once
  const sheets = new Map<string, SheetSnapshot | undefined>();
  for (const b of before) {
    const k = key(b.sheet, b.cell);
    if (written.has(k) || seen.has(k)) continue;
    seen.add(k);
    if (!sheets.has(b.sheet)) sheets.set(b.sheet, findSheet(snapshot, b.sheet));
    const sheet = sheets.get(b.sheet);
    const g = toGrid(b.cell);
    if (!sheet || !g || isAddinSheet(sheet.name)) continue;
    if (sheet.protected) {
      kept.push(b);
      continue;
    }
    removals.push({ sheet: sheet.name, cell: cellAddress(g.row, g.col), text: "", remove: true });
  }
  return { removals, kept };
}
