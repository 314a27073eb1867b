import { readFileSync } from "node:fs";
import { readSnapshot } from "./src/xlsx/snapshot";
import { readWorkbook } from "./src/reader";
import { readState } from "./src/engine/state";
(async () => {
  const snap = await readSnapshot(readFileSync(process.argv[2]!));
  const st = readState(snap).state;
  const r = readWorkbook(snap, undefined as never);
  for (const t of r.tables) console.log(t.sheet, t.kind, t.range, t.headerRows, t.firstDataRow, t.lastDataRow, t.columns.map((c) => `${c.col}:${c.role}${c.tahun ?? ""}`).join(","));
  for (const i of r.indicators) console.log(i.id, i.source?.sheet, i.source?.cell, i.indikator, JSON.stringify(Object.keys(i)));
  console.log("aggs", JSON.stringify(r.aggregates).slice(0, 1500));
  console.log(st.owned);
})();
