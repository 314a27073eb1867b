/**
 * Bab III as a .docx, from what a run produced. The only .docx code; no Office.js, no Node API: the
 * command line writes the bytes to a file, the pane can offer them as a download.
 */
import { Packer } from "docx";
import { babTigaDocument, type BabTigaInput } from "./bab3";

export { babTigaDocument, isWide, type BabTigaInput } from "./bab3";
export { teksAngka, teksSel } from "./cell-text";
export { babTigaInput, type BabTigaRun } from "./input";

/** The .docx bytes (ZIP). toArrayBuffer works in Node and in a browser alike. */
export async function babTigaDocx(input: BabTigaInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(babTigaDocument(input)));
}

/** The same document as a Blob, for a download from the pane. */
export async function babTigaBlob(input: BabTigaInput): Promise<Blob> {
  return Packer.toBlob(babTigaDocument(input));
}
