/**
 * Package writer: the large-sheet fixture (a 10,000-row Realisasi sheet next to a chart and a pivot
 * table) through applyPlanToPackage with the plan that adds two columns, a rule, a note, a chart and a name.
 *   npx tsx scripts/bench/ooxml.ts [passes]
 */
import { applyPlanToPackage } from "../../src/xlsx/ooxml";
import { largeWorkbook, plan, ROWS } from "../../test/xlsx-ooxml/large-sheet-build";

const PASSES = Number(process.argv[2] ?? 3);

async function main(): Promise<void> {
  const input = await largeWorkbook();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < PASSES; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await applyPlanToPackage(input, plan());
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  // The machine is shared: CPU time is the steadier figure, the median the fairer one.
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  console.log(
    `package writer, ${ROWS.toLocaleString("en-US")}-row sheet: wall median ${median(wall).toFixed(0)} ms ` +
      `(first ${wall[0]!.toFixed(0)} ms), CPU median ${median(cpu).toFixed(0)} ms (first ${cpu[0]!.toFixed(0)} ms)`,
  );
}

void main();
