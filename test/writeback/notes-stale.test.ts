/** Notes the add-in wrote are recorded in the state; a rerun takes away the ones whose finding is gone. */
import { SHEET } from "../fixtures/writeback/seed000";
import { okPlan, setup } from "./build";

describe("stale notes", () => {
  test("the first run records its note cells; a rerun without the finding removes that note only", () => {
    const run = setup();
    const first = okPlan(run);
    expect(first.plan.notes).toEqual([expect.objectContaining({ sheet: SHEET, cell: "F5" })]);
    expect(first.state.owned.notes).toEqual([{ sheet: SHEET, cell: "F5" }]);

    // the same finding again: the note is rewritten, nothing removed
    const again = okPlan({ ...run, state: first.state });
    expect(again.plan.notes.filter((n) => n.remove)).toEqual([]);
    expect(again.state.owned.notes).toEqual([{ sheet: SHEET, cell: "F5" }]);

    // the finding is gone (and an unknown sheet in the old state is ignored)
    const state = {
      ...first.state,
      owned: {
        ...first.state.owned,
        notes: [...first.state.owned.notes!, { sheet: "Tidak Ada", cell: "A1" }],
      },
    };
    const gone = okPlan({ ...run, result: { ...run.result, temuan: [] }, state });
    expect(gone.plan.notes).toEqual([{ sheet: SHEET, cell: "F5", text: "", remove: true }]);
    expect(gone.state.owned.notes).toEqual([]);
  });

  test("a protected sheet keeps its note listed until it can be edited", () => {
    const run = setup();
    const first = okPlan(run);
    const snapshot = {
      ...run.snapshot,
      sheets: run.snapshot.sheets.map((s) => (s.name === SHEET ? { ...s, protected: true } : s)),
    };
    const out = okPlan({
      ...run,
      snapshot,
      read: { ...run.read, tables: [] },
      result: { ...run.result, temuan: [] },
      state: first.state,
    });
    expect(out.plan.notes).toEqual([]);
    expect(out.state.owned.notes).toEqual([{ sheet: SHEET, cell: "F5" }]);
  });
});
