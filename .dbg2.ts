import { readFileSync } from "node:fs";
import { readSnapshot } from "./src/xlsx/snapshot";
import { makeGrid } from "./src/reader/grid";
import { findTables } from "./src/reader/tables";
import { buildColumns } from "./src/reader/columns";
(async () => {
  const snap = await readSnapshot(readFileSync(process.argv[2]!));
  for (const s of snap.sheets) {
    if (s.name !== process.argv[3]) continue;
    const g = makeGrid(s);
    for (const t of findTables(g)) {
      const { columns } = buildColumns(g, t);
      console.log(JSON.stringify({ ...t }), columns.map((c) => `${c.col}:${c.role}${c.tahun ?? ""}:${c.header}`).join(" , "));
    }
  }
})();
