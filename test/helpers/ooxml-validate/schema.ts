/**
 * Validates XML parts against the ISO/IEC 29500 Transitional schemas with xmllint. The schemas are
 * not part of this repository: they are looked for beside it (../shared/schemas/ooxml) or where
 * OOXML_SCHEMAS points; without them, or without xmllint, callers skip and say so.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { compatibilityPrePass } from "./mce";

const REPO = path.resolve(__dirname, "..", "..", "..");
/** where the schemas are looked for, relative to the repository */
export const SCHEMA_HOME = "../shared/schemas/ooxml";

export type SchemaSetup = { ok: true; entry: string } | { ok: false; why: string };

export function schemaSetup(): SchemaSetup {
  const dir = process.env.OOXML_SCHEMAS ?? path.resolve(REPO, SCHEMA_HOME);
  const entry = path.join(dir, "local", "all-ooxml.xsd");
  if (!existsSync(entry))
    return {
      ok: false,
      why: `no OOXML schemas at ${SCHEMA_HOME} (or OOXML_SCHEMAS): local/all-ooxml.xsd missing`,
    };
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (probe.status !== 0) return { ok: false, why: "xmllint not installed (npm run setup:system)" };
  return { ok: true, entry };
}

export interface SchemaError {
  part: string;
  /** xmllint's message lines for this part (the first few), or why the part could not be checked */
  errors: string[];
}

export interface XmlPart {
  /** the name shown in a finding, e.g. "sample.xlsx:xl/worksheets/sheet1.xml" */
  name: string;
  xml: string;
}

/**
 * `<t xml:space="preserve">` is what Excel writes in every string; the Transitional sml.xsd has no
 * xml:space on CT_Xstring. That one message is an artefact of the schema, not of the part.
 */
const ARTEFACT =
  /Element '\{http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main\}t', attribute '\{http:\/\/www\.w3\.org\/XML\/1998\/namespace\}space': The attribute '\{http:\/\/www\.w3\.org\/XML\/1998\/namespace\}space' is not allowed\.$/;

/** per xmllint call: one compile of the schemas checks this many files */
const BATCH = 150;
const KEEP = 5;

/**
 * Every part after the markup-compatibility pre-pass; returns the parts that fail, with their
 * messages. A VML part's root <xml> is no schema element: a wrapper schema accepts it and checks
 * each child strictly against the VML declarations.
 */
export function validateParts(entry: string, parts: XmlPart[]): SchemaError[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ooxml-validate-"));
  try {
    const wrapper = path.join(dir, "entry.xsd");
    writeFileSync(wrapper, wrapperSchema(entry));
    const failed: SchemaError[] = [];
    const files: { file: string; part: string }[] = [];
    parts.forEach((p, i) => {
      let xml: string;
      try {
        xml = compatibilityPrePass(p.xml);
      } catch (e) {
        failed.push({ part: p.name, errors: [(e as Error).message] });
        return;
      }
      const file = path.join(dir, `p${i}.xml`);
      writeFileSync(file, xml);
      files.push({ file, part: p.name });
    });
    for (let i = 0; i < files.length; i += BATCH)
      failed.push(...runXmllint(wrapper, files.slice(i, i + BATCH)));
    // in the order the parts were given, whichever step found the fault
    const order = new Map(parts.map((p, i) => [p.name, i]));
    return failed.sort((a, b) => (order.get(a.part) ?? 0) - (order.get(b.part) ?? 0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function wrapperSchema(entry: string): string {
  const href = `file://${entry.split(path.sep).map(encodeURIComponent).join("/")}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:include schemaLocation="${href}"/>
  <xsd:element name="xml"><xsd:complexType><xsd:sequence>
    <xsd:any namespace="##any" processContents="strict" minOccurs="0" maxOccurs="unbounded"/>
  </xsd:sequence></xsd:complexType></xsd:element>
</xsd:schema>
`;
}

function runXmllint(schema: string, files: { file: string; part: string }[]): SchemaError[] {
  const r = spawnSync("xmllint", ["--nonet", "--noout", "--schema", schema, ...files.map((f) => f.file)], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  const lines = r.stderr.split("\n");
  if (lines.some((l) => l.startsWith(schema) || /fails to compile|failed to compile/i.test(l)))
    throw new Error(`the schemas did not compile:\n${r.stderr.slice(0, 2000)}`);
  const out: SchemaError[] = [];
  for (const { file, part } of files) {
    const mine = lines.filter((l) => l.startsWith(`${file}:`) || l.startsWith(`${file} `));
    const valid = mine.includes(`${file} validates`);
    const errors = mine
      .filter((l) => l.startsWith(`${file}:`) && !ARTEFACT.test(l))
      .map((l) => l.slice(file.length + 1));
    const failedOnlyOnArtefacts = mine.includes(`${file} fails to validate`) && errors.length === 0;
    if (valid || failedOnlyOnArtefacts) continue;
    const shown = errors.slice(0, KEEP);
    if (errors.length > KEEP) shown.push(`… ${errors.length - KEEP} more`);
    out.push({ part, errors: shown.length ? shown : ["xmllint gave no verdict for this part"] });
  }
  return out;
}
