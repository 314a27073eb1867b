/**
 * The .docx parts validate against the ISO/IEC 29500 Transitional schemas (wml, dml, OPC) after the
 * markup-compatibility pre-pass: what Word checks before it offers to "recover" a document.
 * Skips visibly without the schemas or xmllint.
 */
import { readParts, validateParts } from "../helpers/ooxml-validate";
import { isXmlPart } from "../helpers/ooxml-validate/parts";
import { describeWithSchemas } from "../xlsx-validate/with-schemas";
import { sampleDocxBytes } from "./sample-docx";

jest.setTimeout(120_000);

describeWithSchemas("Bab III .docx against the OOXML schemas", (entry) => {
  test.each(["id", "en"] as const)("every XML part of the sample's .docx (%s) validates", async (bahasa) => {
    const parts = await readParts(await sampleDocxBytes(bahasa));
    const xml = [...parts.entries()]
      .filter(([name]) => isXmlPart(name))
      .map(([name, bytes]) => ({ name, xml: bytes.toString("utf8") }));
    const names = xml.map((p) => p.name);
    for (const part of ["word/document.xml", "word/styles.xml", "word/numbering.xml", "[Content_Types].xml"])
      expect(names).toContain(part);
    expect(validateParts(entry, xml)).toEqual([]);
  });

  test("the check can fail: an element Word does not know is reported", async () => {
    const parts = await readParts(await sampleDocxBytes());
    const doc = parts.get("word/document.xml")!.toString("utf8").replace("<w:cantSplit/>", "<w:tidakAda/>");
    const failed = validateParts(entry, [{ name: "word/document.xml", xml: doc }]);
    expect(failed.map((f) => f.part)).toEqual(["word/document.xml"]);
  });
});
