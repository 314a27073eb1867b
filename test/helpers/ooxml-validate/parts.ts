/** A package as its parts (name → bytes), and which XML parts a write added or changed. */
import JSZip from "jszip";

export type Parts = Map<string, Buffer>;

export async function readParts(buffer: Buffer | Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Parts = new Map();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) out.set(name, await file.async("nodebuffer"));
  }
  return out;
}

/** A package from part texts, for the tests that break one thing on purpose. */
export async function writeParts(parts: Map<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, body] of parts) zip.file(name, body);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Parts whose bytes are XML (the package's binary parts, images and macros, are not). */
export function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

/** XML parts present in `output` whose bytes differ from `input`'s part of that name (or that are new). */
export function changedXmlParts(input: Parts, output: Parts): string[] {
  const out: string[] = [];
  for (const [name, bytes] of output) {
    if (!isXmlPart(name)) continue;
    const before = input.get(name);
    if (!before || !before.equals(bytes)) out.push(name);
  }
  return out.sort();
}

/** A part's text, without a byte order mark; "" when the package has no such part. */
export function partText(parts: Parts, name: string): string {
  const bytes = parts.get(name);
  if (!bytes) return "";
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The .rels part that lists a part's relationships: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a .rels describes ("" for the package's own _rels/.rels). */
export function sourceOfRels(rels: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return m ? `${m[1]}${m[2]}` : "";
}

/** A relationship target resolved against its source part's folder, as a part name (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const decoded = decodeURIComponent(target.split("#")[0] ?? "");
  if (decoded.startsWith("/")) return normalise(decoded.slice(1));
  const base = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
  return normalise(base + decoded);
}

function normalise(name: string): string {
  const out: string[] = [];
  for (const seg of name.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}
