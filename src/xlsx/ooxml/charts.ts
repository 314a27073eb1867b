/**
 * Charts as real parts: xl/charts/chartN.xml (clustered column or line over the plan's data block),
 * placed by a twoCellAnchor in the sheet's drawing. A chart with the same name in that drawing is
 * replaced in place (same part, same anchor slot), so a second run leaves the package as it was.
 */
import { columnLetter, parseAddress, quoteSheet } from "../../engine/address";
import type { ChartWrite } from "../../engine/plan";
import { CONTENT_TYPE, OoxmlPackage, REL_TYPE } from "./package";
import type { SheetEditor } from "./sheet";
import {
  NS,
  XDocument,
  XElement,
  child,
  children,
  descendants,
  dropRedundantNamespaces,
  escapeXml,
  getNsAttr,
  parseXml,
  root,
  xmlStrippedText,
} from "./xml";

const ANCHORS = ["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"];

const MARKUP_CHARS = /[<>&"]/g;

/** A chart's text: what XML cannot carry dropped, markup characters as entities, white space as it is. */
function esc(text: string): string {
  return escapeXml(xmlStrippedText(text), MARKUP_CHARS);
}

interface SeriesData {
  nameRef: string;
  name: string;
  valRef: string;
  values: (number | undefined)[];
}

interface ChartData {
  catRef: string;
  categories: string[];
  series: SeriesData[];
}

/** Reads the data block: categories in its first column, series names in its first row. */
export function chartData(sheet: SheetEditor, chart: ChartWrite, sharedStrings: string[]): ChartData {
  const b = parseAddress(chart.dataAddress);
  const q = quoteSheet(sheet.name);
  const abs = (col: number, r1: number, r2: number) =>
    `${q}!$${columnLetter(col)}$${r1 + 1}` + (r2 !== r1 ? `:$${columnLetter(col)}$${r2 + 1}` : "");
  const first = b.row + 1;
  const last = b.row + b.rowCount - 1;
  const categories: string[] = [];
  for (let r = first; r <= last; r++) {
    const v = sheet.valueAt(r, b.col, sharedStrings);
    categories.push(v === undefined ? "" : String(v));
  }
  const series: SeriesData[] = [];
  for (let c = b.col + 1; c < b.col + b.colCount; c++) {
    const name = sheet.valueAt(b.row, c, sharedStrings);
    const values: (number | undefined)[] = [];
    for (let r = first; r <= last; r++) {
      const v = sheet.valueAt(r, c, sharedStrings);
      values.push(typeof v === "number" ? v : undefined);
    }
    series.push({
      nameRef: abs(c, b.row, b.row),
      name: name === undefined ? "" : String(name),
      valRef: abs(c, first, last),
      values,
    });
  }
  return { catRef: abs(b.col, first, last), categories, series };
}

export function chartXml(chart: ChartWrite, data: ChartData): string {
  const n = data.categories.length;
  const cat =
    `<c:cat><c:strRef><c:f>${esc(data.catRef)}</c:f><c:strCache><c:ptCount val="${n}"/>` +
    data.categories.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join("") +
    `</c:strCache></c:strRef></c:cat>`;
  const line = chart.type === "line";
  const ser = data.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${esc(s.nameRef)}</c:f><c:strCache>` +
        `<c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
        (line
          ? `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`
          : `<c:invertIfNegative val="0"/>`) +
        `${cat}<c:val><c:numRef><c:f>${esc(s.valRef)}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
        `<c:ptCount val="${n}"/>` +
        s.values.map((v, j) => (v === undefined ? "" : `<c:pt idx="${j}"><c:v>${v}</c:v></c:pt>`)).join("") +
        `</c:numCache></c:numRef></c:val>${line ? `<c:smooth val="0"/>` : ""}</c:ser>`,
    )
    .join("");
  const plot = line
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}<c:marker val="1"/>` +
      `<c:axId val="111111111"/><c:axId val="222222222"/></c:lineChart>`
    : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}` +
      `<c:gapWidth val="150"/><c:axId val="111111111"/><c:axId val="222222222"/></c:barChart>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="111111111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="222222222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="222222222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="111111111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

function anchorXml(chart: ChartWrite, id: number, relId: string): string {
  const a = parseAddress(chart.anchor);
  const pos = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:c="${NS.c}" xmlns:r="${NS.r}">` +
    pos("from", a.col, a.row) +
    pos("to", a.col + Math.max(1, chart.widthCols), a.row + Math.max(1, chart.heightRows)) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${esc(chart.name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    `<xdr:clientData/></xdr:twoCellAnchor>`
  );
}

async function drawingOf(
  pkg: OoxmlPackage,
  sheet: SheetEditor,
  create: boolean,
): Promise<string | undefined> {
  const id = sheet.relIdOf("drawing");
  if (id !== null) {
    const rel = (await pkg.rels(sheet.path)).find((r) => r.id === id);
    if (rel && pkg.has(rel.target)) return rel.target;
  }
  if (!create) return undefined;
  const n = pkg.nextNumber(/^xl\/drawings\/drawing(\d+)\.xml$/);
  const path = `xl/drawings/drawing${n}.xml`;
  pkg.createXml(
    path,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"/>`,
  );
  await pkg.setOverride(path, CONTENT_TYPE.drawing);
  sheet.setRelChild("drawing", await pkg.addRel(sheet.path, REL_TYPE.drawing, path));
  return path;
}

function frameName(anchor: XElement): string | undefined {
  const frame = child(anchor, "graphicFrame");
  if (!frame) return undefined;
  return descendants(frame, "cNvPr")[0]?.getAttribute("name") ?? undefined;
}

function chartRelId(anchor: XElement): string | null {
  const c = descendants(anchor, "chart").find((e) => e.namespaceURI === NS.c);
  return c ? getNsAttr(c, NS.r, "id") : null;
}

export async function writeChart(
  pkg: OoxmlPackage,
  sheet: SheetEditor,
  chart: ChartWrite,
  xml: string,
): Promise<void> {
  const drawingPath = (await drawingOf(pkg, sheet, true))!;
  const drawing: XDocument = await pkg.requireXml(drawingPath);
  const wsDr = root(drawing);
  const anchors = children(wsDr).filter((e) => ANCHORS.includes(e.localName ?? ""));
  // An attribute value comes back from a parse with line ends normalised (CR LF and a lone CR become
  // LF) and then tabs and line feeds as spaces, so "\r\n" is one space, not two.
  const stored = xmlStrippedText(chart.name)
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\n]/g, " ");
  const existing = anchors.find((a) => frameName(a) === stored);
  const rels = await pkg.rels(drawingPath);
  let relId: string;
  let id: number;
  let chartPath: string | undefined;
  if (existing) {
    relId = chartRelId(existing) ?? "";
    chartPath = rels.find((r) => r.id === relId && r.type === REL_TYPE.chart)?.target;
    id = Number(descendants(existing, "cNvPr")[0]?.getAttribute("id")) || 1;
  } else {
    relId = "";
    id = Math.max(1, ...descendants(wsDr, "cNvPr").map((e) => Number(e.getAttribute("id")) || 0)) + 1;
  }
  if (!chartPath) {
    const n = pkg.nextNumber(/^xl\/charts\/chart(\d+)\.xml$/);
    chartPath = `xl/charts/chart${n}.xml`;
    await pkg.setOverride(chartPath, CONTENT_TYPE.chart);
    relId = await pkg.addRel(drawingPath, REL_TYPE.chart, chartPath);
  }
  // A small part, so a tree like the drawing: a chart has at most MAX_KATEGORI_GRAFIK categories.
  pkg.createXml(chartPath, xml);
  const fresh = drawing.importNode(root(parseXml(anchorXml(chart, id, relId), "anchor")), true) as XElement;
  if (existing) wsDr.replaceChild(fresh, existing);
  else wsDr.appendChild(fresh);
  dropRedundantNamespaces(fresh);
  pkg.touch(drawingPath);
}

/** Removes the drawing of an owned sheet being cleared, with the charts in it. */
export async function dropDrawing(pkg: OoxmlPackage, sheet: SheetEditor): Promise<void> {
  const drawingPath = await drawingOf(pkg, sheet, false);
  if (!sheet.ws.find("drawing")) return;
  const id = sheet.relIdOf("drawing");
  if (drawingPath) {
    for (const r of await pkg.rels(drawingPath)) {
      if (r.external) continue;
      if (r.type === REL_TYPE.chart) {
        // A chart's own style and colour parts go with it.
        for (const cr of await pkg.rels(r.target))
          if (!cr.external && cr.target.startsWith("xl/charts/")) await pkg.removePart(cr.target);
      }
      if (r.type === REL_TYPE.chart || r.target.startsWith("xl/drawings/")) await pkg.removePart(r.target);
    }
    await pkg.removePart(drawingPath);
  }
  if (id) await pkg.removeRel(sheet.path, id);
  sheet.removeRelChild("drawing");
}
