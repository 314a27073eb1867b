/**
 * A Tabel 3.x model as HTML that pastes into Word as a formatted table ("Salin tabel untuk Word",
 * for hosts where the .docx cannot be downloaded). Word reads inline styles, not stylesheets: every
 * cell carries its border, fill and alignment. Header rows sit in <thead>, which Word turns into
 * header rows repeated on every page. Pure text out, no DOM and no `docx` package, so the pane can
 * build it synchronously inside the click that copies it (Safari allows a copy only there).
 */
import type { Bahasa } from "../engine/format";
import type { ModelCell, ModelRow, TableModel } from "../engine/tables";
import { HEADER_FILL, SUBTOTAL_FILL, TOTAL_FILL } from "../engine/writeback/render";
import { rataKanan, teksSel } from "./cell-text";

const BORDER = "border:0.5pt solid #000000";
const FONT = "font-family:Calibri,Arial,sans-serif;font-size:9pt";
const PAD = "padding:2pt 4pt";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r?\n/g, "<br>");
}

const KATA = { id: "Tabel", en: "Table" } as const;

/** "Tabel 3.1 Pengukuran Kinerja …", the line printed above the table */
export function judulTabel(model: TableModel, bahasa: Bahasa): string {
  return `${KATA[bahasa]} ${model.nomor} ${model.judul}`;
}

function cellStyle(c: ModelCell, kind: ModelRow["kind"]): string {
  const header = kind === "header";
  const align = header || c.role === "no" || kind === "kosong" ? "center" : rataKanan(c) ? "right" : "left";
  const parts = [BORDER, PAD, FONT, `text-align:${align}`, `vertical-align:${header ? "middle" : "top"}`];
  if (header) parts.push(`background:${HEADER_FILL}`, "font-weight:bold");
  if (kind === "subtotal") parts.push(`background:${SUBTOTAL_FILL}`, "font-weight:bold");
  if (kind === "total") parts.push(`background:${TOTAL_FILL}`, "font-weight:bold");
  if (kind === "kosong") parts.push("font-style:italic");
  if (c.role === "label") parts.push("font-weight:bold");
  // a number never breaks inside ("16.01|3" on a narrow portrait page); its column widens instead
  if (!header && (c.role === "no" || rataKanan(c))) parts.push("white-space:nowrap");
  return parts.join(";");
}

function rowHtml(row: ModelRow, bahasa: Bahasa): string {
  const tag = row.kind === "header" ? "th" : "td";
  const cells = row.cells.flatMap((c) => {
    if (!c) return [];
    const span =
      ((c.colSpan ?? 1) > 1 ? ` colspan="${c.colSpan}"` : "") +
      ((c.rowSpan ?? 1) > 1 ? ` rowspan="${c.rowSpan}"` : "");
    const style = cellStyle(c, row.kind);
    const nowrap = style.includes("nowrap") ? " nowrap" : "";
    return [`<${tag}${span}${nowrap} style="${style}">${escapeHtml(teksSel(c, bahasa))}</${tag}>`];
  });
  return `<tr>${cells.join("")}</tr>`;
}

/** narrowest column, in characters of the model's widths: "No" and a short header word stay whole */
const MIN_CHARS = 6;

/** Column widths as shares of the page width: Word fits a table of percentages to its margins. */
function colgroup(widths: readonly number[]): string {
  const w = widths.map((x) => Math.max(MIN_CHARS, x));
  const total = w.reduce((a, b) => a + b, 0) || 1;
  // CSS only: LibreOffice reads a width attribute on <col> as fixed and narrows the whole table
  const cols = w.map((x) => `<col style="width:${((x / total) * 100).toFixed(1)}%">`);
  return `<colgroup>${cols.join("")}</colgroup>`;
}

function paragraph(text: string, style: string): string {
  return `<p style="${style}">${escapeHtml(text)}</p>`;
}

/** The title, the table, its footnotes and Sumber line, as Word pastes them. */
export function tabelHtml(model: TableModel, bahasa: Bahasa): string {
  const note = "font-family:Calibri,Arial,sans-serif;font-size:8pt;margin:2pt 0";
  return [
    paragraph(
      judulTabel(model, bahasa),
      "font-family:Calibri,Arial,sans-serif;font-size:11pt;font-weight:bold;text-align:center",
    ),
    `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%;${BORDER}">`,
    colgroup(model.widths),
    `<thead>${model.header.map((r) => rowHtml(r, bahasa)).join("")}</thead>`,
    `<tbody>${model.body.map((r) => rowHtml(r, bahasa)).join("")}</tbody>`,
    "</table>",
    // as the .docx prints them (src/docx/bab3.ts): the footnotes, then the Sumber line in italics
    ...model.footnotes.map((f) => paragraph(f, note)),
    ...(model.sumber ? [paragraph(model.sumber, `${note};font-style:italic`)] : []),
  ].join("");
}

/** Several tables in one paste, a blank paragraph between them. */
export function tabelHtmlSemua(models: readonly TableModel[], bahasa: Bahasa): string {
  return models.map((m) => tabelHtml(m, bahasa)).join("<p>&nbsp;</p>");
}

/**
 * The same table as plain text for editors without HTML: the title, then one line per row with
 * tabs between the cells (a spreadsheet pastes it as columns), a covered cell left empty.
 */
export function tabelTeks(model: TableModel, bahasa: Bahasa): string {
  const rows = [...model.header, ...model.body].map((r) =>
    r.cells.map((c) => (c ? teksSel(c, bahasa).replace(/\s*\r?\n\s*/g, " ") : "")).join("\t"),
  );
  return [
    judulTabel(model, bahasa),
    ...rows,
    ...model.footnotes,
    ...(model.sumber ? [model.sumber] : []),
  ].join("\n");
}

export function tabelTeksSemua(models: readonly TableModel[], bahasa: Bahasa): string {
  return models.map((m) => tabelTeks(m, bahasa)).join("\n\n");
}
