/**
 * The Temuan sheet through Office.js (the strict fake) on the sample workbook: each cell reference
 * carries Range.hyperlink with a documentReference, its text stays the literal cell address, and a
 * second run leaves the workbook exactly as the first.
 */
import { cellAddress } from "../../src/engine/address";
import { emptyPlan, type WritePlan } from "../../src/engine/plan";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { getCell } from "../../src/excel/fake/state";
import { createExcelGateway } from "../../src/excel/gateway";
import { linkSteps } from "../../src/excel/hyperlinks";
import { runCapaian } from "../../src/pipeline/run";
import { readSnapshot } from "../helpers/read-snapshot";
import { sampleBuffer } from "../xlsx/workbooks";

jest.setTimeout(120_000);

describe("the Temuan sheet in Excel (strict fake)", () => {
  test("links every cell reference and is the same after a second run", async () => {
    const fake = fakeWorkbookFromSnapshot(await readSnapshot(await sampleBuffer()));
    const gateway = () => createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const first = await runCapaian(gateway(), { settings: { lembarTemuan: true } });
    expect(first.ok).toBe(true);
    expect(fake.sheetNames()).toContain("Temuan");
    const e4 = getCell(fake.sheet("Temuan"), 3, 4)!;
    expect(e4.value).toBe("G8");
    expect(e4.formula).toBeUndefined();
    expect(e4.hyperlink).toEqual({
      documentReference: "'Realisasi 2023'!G8",
      textToDisplay: "G8",
      screenTip: "Buka sel G8 di sheet Realisasi 2023",
    });
    const plan = first.ok ? first.plan : null;
    const links = [...(plan?.sheets.find((s) => s.name === "Temuan")?.links ?? [])];
    expect(links.length).toBeGreaterThan(5);
    for (const l of links) {
      const a = /^([A-Z]+)(\d+)$/.exec(l.cell)!;
      const cell = getCell(fake.sheet("Temuan"), Number(a[2]) - 1, a[1]!.charCodeAt(0) - 65)!;
      expect(cell.hyperlink?.documentReference).toBe(l.location);
      expect(cell.value).toBe(l.text);
    }
    const once = fake.dump();
    const second = await runCapaian(gateway());
    expect(second.ok).toBe(true);
    expect(fake.dump()).toBe(once);
    expect(cellAddress(3, 4)).toBe("E4");
  });

  test("the Temuan sheet's writes applied again leave the same workbook (cleared, written, linked)", async () => {
    const fake = fakeWorkbookFromSnapshot(await readSnapshot(await sampleBuffer()));
    const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const planned = await runCapaian(gateway, { settings: { lembarTemuan: true }, tulis: false });
    if (!planned.ok) throw new Error("refused");
    const only = (name: string) => name === "Temuan";
    const plan: WritePlan = {
      ...emptyPlan(),
      sheets: planned.plan.sheets.filter((s) => only(s.name)),
      ranges: planned.plan.ranges.filter((r) => only(r.sheet)),
      merges: planned.plan.merges.filter((m) => only(m.sheet)),
    };
    await gateway.apply(plan);
    const once = fake.dump();
    expect(once).toContain(`"documentReference":"'Realisasi 2023'!G8"`);
    await gateway.apply({ ...plan, sheets: plan.sheets.map((s) => ({ ...s, create: false })) });
    expect(fake.dump()).toBe(once);
  });

  test("thousands of links go in steps small enough for one request each", () => {
    const links = Array.from({ length: 1000 }, (_, i) => ({
      cell: cellAddress(3 + i, 4),
      location: `'Realisasi 2023'!G${i + 1}`,
      text: `G${i + 1}`,
    }));
    const steps = linkSteps({ name: "Temuan", create: true, clear: true, links });
    expect(steps).toHaveLength(5);
    expect(Math.max(...steps.map((s) => s.bytes))).toBeLessThan(200_000);
    expect(linkSteps({ name: "Temuan", create: true, clear: true })).toEqual([]);
  });
});
