/** The findings as the appendix table: level, code, sheet!cell and message, the most serious first. */
import {
  Paragraph,
  Table,
  TableRow,
  TableCell,
  TextRun,
  WidthType,
  TableLayoutType,
  ShadingType,
} from "docx";
import type { Bahasa } from "../engine/format";
import type { Temuan, Tingkat } from "../engine/model";
import { columnWidths, HEADER_FILL, TABLE_BORDERS } from "./table";

const URUTAN: Record<Tingkat, number> = { galat: 0, peringatan: 1, info: 2 };

const TINGKAT: Record<Tingkat, { id: string; en: string }> = {
  galat: { id: "Galat", en: "Error" },
  peringatan: { id: "Peringatan", en: "Warning" },
  info: { id: "Info", en: "Info" },
};

const KEPALA = {
  id: ["No", "Tingkat", "Kode", "Sel", "Pesan"],
  en: ["No", "Level", "Code", "Cell", "Message"],
};

/** Sorted by level; within a level the order the engine found them (stable sort). */
export function urutkanTemuan(temuan: readonly Temuan[]): Temuan[] {
  return [...temuan].sort((a, b) => URUTAN[a.tingkat] - URUTAN[b.tingkat]);
}

/** 'Realisasi 2023'!C7 as Excel writes a reference; several cells joined. */
export function teksSelTemuan(t: Temuan): string {
  return t.sel
    .map((s) => {
      const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(s.sheet) ? s.sheet : `'${s.sheet.replace(/'/g, "''")}'`;
      return `${sheet}!${s.cell}`;
    })
    .join(", ");
}

function sel(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header, size: 16 })] })],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 30, bottom: 30, left: 80, right: 80 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL } } : {}),
  });
}

export function tabelTemuan(temuan: readonly Temuan[], bahasa: Bahasa, textWidth: number): Table {
  const widths = columnWidths([5, 11, 27, 20, 57], textWidth);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: KEPALA[bahasa].map((h, i) => sel(h, widths[i]!, true)),
  });
  const rows = urutkanTemuan(temuan).map(
    (t, i) =>
      new TableRow({
        cantSplit: true,
        children: [String(i + 1), TINGKAT[t.tingkat][bahasa], t.kode, teksSelTemuan(t), t.pesan[bahasa]].map(
          (text, c) => sel(text, widths[c]!, false),
        ),
      }),
  );
  return new Table({
    rows: [header, ...rows],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
  });
}
