/**
 * The bundled sample through the real command with --docx and --json: the .docx, the workbook copy
 * the same run wrote, and where its Tabel 3.x sheets are. The Word tables read back from document.xml.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { babTigaBytes } from "../../src/cli/docx";
import { runCapaian } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { runCli, type CliResult } from "../cli/run-cli";
import { tempDir } from "../xlsx/workbooks";

export const SAMPLE = path.join(
  __dirname,
  "..",
  "..",
  "assets",
  "sample",
  "contoh-dinsos-bengkalis-2023.xlsx",
);

export interface SampleDocx {
  dir: string;
  cli: CliResult;
  docxFile: string;
  docx: Buffer;
  xlsx: Buffer;
  report: { tabel: { nomor: string; sheet: string; rentang: string }[]; temuan: { kode: string }[] };
}

export function sampleDocx(extra: string[] = []): SampleDocx {
  const dir = tempDir("capaian-docx-");
  copyFileSync(SAMPLE, path.join(dir, "contoh.xlsx"));
  const cli = runCli(
    ["hitung", "contoh.xlsx", "--docx", "bab3.docx", "--json", "laporan.json", ...extra],
    dir,
  );
  if (cli.code !== 0) throw new Error(`capaian hitung failed (${cli.code}): ${cli.stderr}`);
  const docxFile = path.join(dir, "bab3.docx");
  return {
    dir,
    cli,
    docxFile,
    docx: readFileSync(docxFile),
    xlsx: readFileSync(path.join(dir, "contoh.capaian.xlsx")),
    report: JSON.parse(readFileSync(path.join(dir, "laporan.json"), "utf8")) as SampleDocx["report"],
  };
}

/** The sample's .docx built in this process, without writing the workbook (a dry run). */
export async function sampleDocxBytes(bahasa: "id" | "en" = "id"): Promise<Buffer> {
  const gateway = createXlsxGateway({ input: readFileSync(SAMPLE), onOutput: () => undefined });
  const out = await runCapaian(gateway, { tulis: false, settings: { bahasa } });
  if (!out.ok) throw new Error("the sample was refused");
  return Buffer.from(await babTigaBytes(out, "contoh.xlsx"));
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function kids(el: Element, name: string): Element[] {
  return Array.from(el.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === name,
  );
}

function text(el: Element): string {
  return Array.from(el.getElementsByTagNameNS(W, "t"))
    .map((t) => t.textContent ?? "")
    .join("");
}

/** A cell that only continues a vertical merge from above holds nothing of its own. */
function continuesMerge(tc: Element): boolean {
  const pr = kids(tc, "tcPr")[0];
  const v = pr ? kids(pr, "vMerge")[0] : undefined;
  return v !== undefined && (v.getAttributeNS(W, "val") || "continue") === "continue";
}

export interface WordTable {
  /** the paragraph just before the table: its title */
  title: string;
  /** per row the text of each cell that starts a merge or stands alone */
  rows: string[][];
  /** rows marked to repeat as the header on every page */
  headerRows: number;
}

export async function wordTables(docx: Buffer): Promise<WordTable[]> {
  const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  return Array.from(doc.getElementsByTagNameNS(W, "tbl")).map((tbl) => {
    let prev = tbl.previousSibling;
    while (prev && prev.nodeType !== 1) prev = prev.previousSibling;
    const rows = kids(tbl, "tr");
    return {
      title: prev ? text(prev as Element) : "",
      rows: rows.map((tr) =>
        kids(tr, "tc")
          .filter((tc) => !continuesMerge(tc))
          .map(text),
      ),
      headerRows: rows.filter((tr) => {
        const pr = kids(tr, "trPr")[0];
        return pr !== undefined && kids(pr, "tblHeader").length > 0;
      }).length,
    };
  });
}
