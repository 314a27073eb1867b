import { readFileSync } from "node:fs";
import { readSnapshot } from "./src/xlsx/snapshot";
import { readWorkbook } from "./src/reader";
import { allLayouts } from "./test/fixtures/layouts";
import { staffSheet, chartDataSheet } from "./test/fixtures/layouts/junk";
import { workbook } from "./test/fixtures/layouts/build";
import { countTableTotals } from "./src/reader/count-tables";
import { makeGrid } from "./src/reader/grid";
(async () => {
  const snap = await readSnapshot(readFileSync("assets/sample/contoh-dinsos-bengkalis-2023.xlsx"));
  const show = (name: string, s: Parameters<typeof readWorkbook>[0]) => {
    for (const sh of s.sheets) for (const a of countTableTotals(makeGrid(sh), () => false)) console.log(name, "[raw]", sh.name, a.label, a.printed.source.cell, a.printed.raw, a.members.map((m) => m.raw).join(","));
    const r = readWorkbook(s);
    console.log(name, "aggs", r.aggregates.length, r.aggregates.map((a) => `${a.label}@${a.printed.source.sheet}!${a.printed.source.cell}`).join(" ; "));
  };
  show("sample", snap);
  for (const f of allLayouts()) show(f.name, f.snapshot);
  show("junk", workbook(staffSheet(), chartDataSheet()));
})();
