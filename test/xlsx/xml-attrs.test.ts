import { attrValue, nextAttr, newAttrAt, parseAttrs } from "../../src/xlsx/ooxml/xml-scan";

/** The pattern the writer's attribute list was read with before the position-based lexer. */
function byPattern(tag: string): { name: string; raw: string }[] {
  return [...tag.matchAll(/\s([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => ({
    name: m[1]!,
    raw: m[2] ?? m[3]!.replace(/"/g, "&quot;"),
  }));
}

describe("the one attribute lexer", () => {
  it("reads every text as the pattern did, whatever the quotes, spaces and stray characters", () => {
    const pieces = [" ", "\t", "\n", "a", "r", "x:y", "=", '"', "'", "/", ">", "\u00a0", "&amp;", "<"];
    // A fixed sequence, so a failure repeats.
    let seed = 7;
    const next = (n: number): number => (((seed = (seed * 48271) % 2147483647) % n) + n) % n;
    for (let k = 0; k < 20000; k++) {
      let tag = "";
      for (let len = next(14); len > 0; len--) tag += pieces[next(pieces.length)];
      expect(parseAttrs(tag)).toEqual(byPattern(tag));
    }
  });

  it("stays inside its bounds and finds single values decoded", () => {
    const text = '<c r="A1" t="s"/><c r="B1"/>';
    const at = newAttrAt();
    expect(nextAttr(text, 2, 9, at)).toBe(9);
    expect(text.slice(at.valueFrom, at.valueTo)).toBe("A1");
    expect(nextAttr(text, 2, 14, at)).toBe(9);
    expect(nextAttr(text, 9, 14, at)).toBe(-1);
    expect(attrValue(text, "t", 2, 16)).toBe("s");
    expect(attrValue(' v="&lt;&#65;"', "v")).toBe("<A");
  });
});
