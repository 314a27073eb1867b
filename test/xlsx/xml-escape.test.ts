/**
 * The writer's XML escapers, each with its own character set: an attribute value as xmldom writes it,
 * element content as the text writers write it, and a chart's text (stripped of what XML cannot carry,
 * then the four markup characters). Pinned character by character, so one escaper serving all three
 * keeps every part's bytes.
 */
import { chartXml } from "../../src/xlsx/ooxml/charts";
import { attrText, elementText } from "../../src/xlsx/ooxml/xml";

const ALL = `a<b>c&d"e'f\tg\nh\ri\u0001j\u00a0k\uFFFEl`;

test('an attribute value: < > & " as entities, tab and line ends as references, the rest as it is', () => {
  expect(attrText(ALL)).toBe(`a&lt;b&gt;c&amp;d&quot;e'f&#9;g&#10;h&#13;i\u0001j\u00a0k\uFFFEl`);
  expect(attrText("plain text, no change")).toBe("plain text, no change");
  expect(attrText("&amp;")).toBe("&amp;amp;");
});

test("element content: < & > as entities, a carriage return as a reference; quotes, tab and line feed stay", () => {
  expect(elementText(ALL)).toBe(`a&lt;b&gt;c&amp;d"e'f\tg\nh&#13;i\u0001j\u00a0k\uFFFEl`);
  expect(elementText("plain text, no change")).toBe("plain text, no change");
  expect(elementText("&lt;")).toBe("&amp;lt;");
});

test("a chart's text: what XML cannot carry dropped, then < > & \" as entities; tab and line ends stay raw", () => {
  const chart = {
    name: ALL,
    sheet: "S",
    type: "columnClustered" as const,
    title: ALL,
    dataAddress: "A1:B2",
    anchor: "D1",
    widthCols: 5,
    heightRows: 10,
  };
  const xml = chartXml(chart, {
    catRef: "S!$A$2",
    categories: [ALL],
    series: [{ nameRef: "S!$B$1", name: ALL, valRef: "S!$B$2", values: [1] }],
  });
  const expected = `a&lt;b&gt;c&amp;d&quot;e'f\tg\nh\rij\u00a0kl`;
  expect(xml).toContain(`<a:t>${expected}</a:t>`);
  expect(xml).toContain(`<c:pt idx="0"><c:v>${expected}</c:v></c:pt>`);
});
