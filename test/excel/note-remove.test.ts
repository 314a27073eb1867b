/** NoteWrite.remove through the Office.js gateway on the strict fake. */
import { emptyPlan } from "../../src/engine/plan";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { seed000Workbook } from "../fixtures/excel/seed000";

describe("removing notes", () => {
  test("a remove entry deletes the note on its cell, leaves the others, and is a no-op on a cell without one", async () => {
    const fake = fakeWorkbookFromSnapshot(seed000Workbook());
    const gateway = createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported });
    const write = emptyPlan();
    write.notes = [
      { sheet: "PK 2024", cell: "G4", text: "Capaian Kinerja: temuan lama" },
      { sheet: "PK 2024", cell: "G5", text: "Capaian Kinerja: temuan lain" },
    ];
    await gateway.apply(write);
    expect(fake.notes("PK 2024")).toEqual({
      G4: "Capaian Kinerja: temuan lama",
      G5: "Capaian Kinerja: temuan lain",
    });

    const remove = emptyPlan();
    remove.notes = [
      { sheet: "PK 2024", cell: "G4", text: "", remove: true },
      { sheet: "PK 2024", cell: "G6", text: "", remove: true },
    ];
    const report = await gateway.apply(remove);
    expect(report.skipped).toEqual([]);
    expect(fake.notes("PK 2024")).toEqual({ G5: "Capaian Kinerja: temuan lain" });
  });
});
