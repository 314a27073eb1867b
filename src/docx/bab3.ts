/**
 * Bab III as a Word document: per Tabel 3.x a section (landscape where the table is wide) with the
 * title, the table, its footnotes and Sumber line and the draft narrative; the findings as an appendix.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import type { Bahasa } from "../engine/format";
import type { Temuan } from "../engine/model";
import { teksParagraf, type NarasiTabel, type ParagrafNarasi } from "../engine/narrative";
import type { TabelDilewati } from "../engine/plan";
import type { TableModel } from "../engine/tables";
import { tabelTemuan } from "./temuan";
import { wordTable } from "./table";

export interface BabTigaInput {
  tables: TableModel[];
  narasi: NarasiTabel[];
  temuan: Temuan[];
  /** the Tabel 3.x asked for and not written (no data for the year), named in the opening note */
  dilewati: TabelDilewati[];
  bahasa: Bahasa;
  tahun: number;
  /** the workbook's file name for the opening note; null leaves it out */
  berkas: string | null;
}

/** A4 in twips, 2 cm margins: what the seed reports print on */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const PORTRAIT_TEXT = A4.width - 2 * MARGIN;
const LANDSCAPE_TEXT = A4.height - 2 * MARGIN;
/** twips per character of a model width at the tables' 9 pt (Excel widths count characters of 11 pt) */
const TWIPS_PER_CHAR = 75;

export function isWide(model: TableModel): boolean {
  return model.widths.reduce((a, b) => a + b, 0) * TWIPS_PER_CHAR > PORTRAIT_TEXT;
}

const KATA = {
  id: {
    bab: "BAB III",
    judulBab: "AKUNTABILITAS KINERJA",
    sub: "A. Capaian Kinerja Organisasi",
    tabel: "Tabel",
    lampiran: "Lampiran: Temuan Pemeriksaan Lembar Kerja",
    tanpaTemuan: "Tidak ada temuan.",
    halaman: "Halaman ",
    pengantar: (berkas: string | null, tahun: number) =>
      `Draf Bab III ini disusun oleh Capaian Kinerja${berkas ? ` dari lembar kerja ${berkas}` : ""} untuk tahun ${tahun}. Angka pada tabel dan teks dihitung dari lembar kerja; teks dalam tanda [ … ] diisi oleh penyusun.`,
    dilewati: (nomor: string, alasan: string) => `Tabel ${nomor} tidak disusun: ${alasan}`,
  },
  en: {
    bab: "CHAPTER III",
    judulBab: "PERFORMANCE ACCOUNTABILITY",
    sub: "A. Organisational Performance",
    tabel: "Table",
    lampiran: "Appendix: Findings of the Workbook Check",
    tanpaTemuan: "No findings.",
    halaman: "Page ",
    pengantar: (berkas: string | null, tahun: number) =>
      `This draft of Chapter III was prepared by Capaian Kinerja${berkas ? ` from the workbook ${berkas}` : ""} for ${tahun}. The numbers in the tables and the text are computed from the workbook; text in [ … ] is for the author to fill in.`,
    dilewati: (nomor: string, alasan: string) => `Table ${nomor} was not prepared: ${alasan}`,
  },
} as const;

function footer(bahasa: Bahasa): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [KATA[bahasa].halaman, PageNumber.CURRENT], size: 18 })],
        }),
      ],
    }),
  };
}

function page(wide: boolean): ISectionOptions["properties"] {
  return {
    page: {
      size: {
        width: A4.width,
        height: A4.height,
        orientation: wide ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    },
  };
}

function opening(input: BabTigaInput): Paragraph[] {
  const k = KATA[input.bahasa];
  const out = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, text: k.bab }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, text: k.judulBab }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: k.sub }),
    new Paragraph({
      spacing: { after: 120 },
      children: [new TextRun({ text: k.pengantar(input.berkas, input.tahun), italics: true, size: 20 })],
    }),
  ];
  for (const d of input.dilewati)
    out.push(
      new Paragraph({
        children: [new TextRun({ text: k.dilewati(d.nomor, d.alasan[input.bahasa]), size: 20 })],
      }),
    );
  return out;
}

function narasiParagraf(p: ParagrafNarasi, bahasa: Bahasa): Paragraph {
  const isian = p.jenis === "isian";
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    children: [
      new TextRun({
        text: teksParagraf(p, bahasa),
        bold: p.jenis === "sasaran" || p.jenis === "opd",
        italics: isian,
        // the placeholder stands out so that no draft goes out with it unfilled
        ...(isian ? { highlight: "yellow" } : {}),
      }),
    ],
  });
}

function tableSection(
  model: TableModel,
  narasi: NarasiTabel | undefined,
  input: BabTigaInput,
  first: boolean,
): ISectionOptions {
  const wide = isWide(model);
  const k = KATA[input.bahasa];
  const small = (text: string, italics = false) =>
    new Paragraph({ children: [new TextRun({ text, size: 16, italics })] });
  return {
    properties: page(wide),
    footers: footer(input.bahasa),
    children: [
      ...(first ? opening(input) : []),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 120, after: 120 },
        children: [new TextRun({ text: `${k.tabel} ${model.nomor} ${model.judul}`, bold: true })],
      }),
      wordTable(model, input.bahasa, wide ? LANDSCAPE_TEXT : PORTRAIT_TEXT),
      ...model.footnotes.map((f) => small(f)),
      ...(model.sumber ? [small(model.sumber, true)] : []),
      new Paragraph({ text: "" }),
      ...(narasi?.paragraf ?? []).map((p) => narasiParagraf(p, input.bahasa)),
    ],
  };
}

function appendix(input: BabTigaInput, first: boolean): ISectionOptions {
  const k = KATA[input.bahasa];
  return {
    properties: page(false),
    footers: footer(input.bahasa),
    children: [
      ...(first ? opening(input) : []),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: k.lampiran }),
      input.temuan.length > 0
        ? tabelTemuan(input.temuan, input.bahasa, PORTRAIT_TEXT)
        : new Paragraph({ text: k.tanpaTemuan }),
    ],
  };
}

export function babTigaDocument(input: BabTigaInput): Document {
  const byNomor = new Map(input.narasi.map((n) => [n.nomor as string, n]));
  const sections = input.tables.map((m, i) => tableSection(m, byNomor.get(m.nomor), input, i === 0));
  sections.push(appendix(input, sections.length === 0));
  return new Document({
    creator: "Capaian Kinerja",
    title: `${KATA[input.bahasa].bab} ${input.tahun}`,
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    sections,
  });
}
