/**
 * The notes path reads only well-formed parts: a comments part with a DOCTYPE, an unclosed comment, a
 * bare "&" or a mismatched end tag is refused (the run then reports the sheet's notes as not written)
 * rather than spliced; a well-formed part with CDATA, comments and processing instructions reads.
 */
import { readComments } from "../../src/xlsx/ooxml/notes-comments";
import { Refused } from "../../src/xlsx/ooxml/notes-scan";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const ok = (body: string) => `<?xml version="1.0"?><comments xmlns="${NS}">${body}</comments>`;

describe("comments parts the notes path refuses", () => {
  test.each([
    ["a DOCTYPE", `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><comments xmlns="${NS}"/>`],
    ["an unclosed comment", ok("<authors><author>A</author></authors><!-- no end")],
    ["a bare ampersand", ok("<authors><author>A & B</author></authors>")],
    ["a mismatched end tag", ok("<authors><author>A</authors></author>")],
    ["text after the root", `${ok("<authors/>")}junk`],
  ])("%s is refused", (_what, xml) => {
    expect(() => readComments(xml)).toThrow(Refused);
  });

  // The start tags' lexing is the tokenizer's (xml-scan.ts); what it steps over is refused here.
  test.each([
    ["a repeated attribute", ok('<authors a="1" a="2"/>')],
    ["an unquoted value", ok("<authors a=1/>")],
    ["a '<' in a value", ok('<authors a="x<y"/>')],
    ["attributes with no space between", ok('<authors a="1"b="2"/>')],
    ["stray text in a tag", ok('<authors junk a="1"/>')],
    ["a space between '/' and '>'", ok("<authors / >")],
  ])("a start tag with %s is refused", (_what, xml) => {
    expect(() => readComments(xml)).toThrow(Refused);
  });

  test("a start tag's spaces and single quotes are written back as they came", () => {
    const c = readComments(ok(`<authors  a = '1'\tb="2" ><author>A</author></authors>`));
    expect(c.authors.open).toBe(`<authors  a = '1'\tb="2"`);
  });

  test("CDATA, comments and processing instructions in a well-formed part are read", () => {
    const xml = ok(
      "<!-- a comment --><?pi data?><authors><author><![CDATA[Tim & Co]]></author></authors>" +
        '<commentList><comment ref="B2" authorId="0"><text><t>catatan</t></text></comment></commentList>',
    );
    const c = readComments(xml);
    expect(c.authors.entries.map((e) => e.author)).toEqual(["Tim & Co"]);
    expect(c.list.entries.filter((e) => e.ref !== undefined).map((e) => e.ref)).toEqual(["B2"]);
  });
});
