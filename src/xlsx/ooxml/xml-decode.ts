/**
 * The one entity decoder, and the text of a string item built on it: what the writer reads back
 * from its text parts and what the reader of the package (package-snapshot.ts) reads, so both see
 * a cell's text alike. Imports nothing: the browser preview's reader uses it too.
 */

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Text between tags as a parser reports it: line ends normalized, entities and references resolved,
 * CDATA sections taken literally and comments left out. The one entity decoder of the text paths.
 */
export function decodeXmlText(text: string): string {
  if (text.includes("<!")) {
    let out = "";
    for (const part of text.split(/(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/)) {
      if (part.startsWith("<![CDATA[")) out += part.slice(9, -3).replace(/\r\n?/g, "\n");
      else if (!part.startsWith("<!--")) out += decodeXmlText(part);
    }
    return out;
  }
  // Most texts hold no carriage return; a replace per shared string cost the reader 20 ms at 100,000 rows.
  return decodeXmlRefs(text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n"));
}

/** The text of an <si> or <is> body: its <t>, or the <t> of each rich run; phonetic runs are not shown. */
export function runsText(body: string): string {
  let out = "";
  for (const m of body
    .replace(/<(\w+:)?rPh[\s>][\s\S]*?<\/(\w+:)?rPh>/g, "")
    .matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?<!\/)>([\s\S]*?)<\/(?:\w+:)?t>/g))
    out += decodeXmlText(m[1]!);
  return out;
}

/**
 * Character and entity references read, as in text or an attribute value; a reference to an
 * unknown entity or past Unicode is kept as written.
 */
export function decodeXmlRefs(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z_][\w.-]*);/g, (whole, e: string) => {
    if (e[0] !== "#") return ENTITY[e] ?? whole;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
