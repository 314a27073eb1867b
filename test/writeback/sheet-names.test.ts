/** A generated Tabel 3.x never takes a sheet of the agency's own that happens to bear its name. */
import { generatedSheetNames } from "../../src/engine/writeback/sheet-names";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";

const sheetWith = (name: string, filled: boolean) => {
  const s = new SheetBuilder(name);
  if (filled) s.row(["No", "Indikator", "Target", "Realisasi"]);
  return s.build();
};

describe("generatedSheetNames", () => {
  test("'Tabel 3.1' when the name is free, empty, or the add-in's own", () => {
    expect(generatedSheetNames(["3.1"], workbook(), []).get("3.1")).toBe("Tabel 3.1");
    expect(generatedSheetNames(["3.1"], workbook(sheetWith("Tabel 3.1", false)), []).get("3.1")).toBe(
      "Tabel 3.1",
    );
    expect(
      generatedSheetNames(["3.1"], workbook(sheetWith("Tabel 3.1", true)), ["Tabel 3.1"]).get("3.1"),
    ).toBe("Tabel 3.1");
  });

  test("beside the agency's own 'Tabel 3.1', and the same name again on the next run", () => {
    const user = sheetWith("Tabel 3.1", true);
    const first = generatedSheetNames(["3.1", "3.2"], workbook(user), []);
    expect([...first.values()]).toEqual(["Tabel 3.1 (Capaian Kinerja)", "Tabel 3.2"]);
    const written = sheetWith("Tabel 3.1 (Capaian Kinerja)", true);
    const again = generatedSheetNames(["3.1"], workbook(user, written), ["Tabel 3.1 (Capaian Kinerja)"]);
    expect(again.get("3.1")).toBe("Tabel 3.1 (Capaian Kinerja)");
  });

  test("names stay within Excel's 31 characters", () => {
    const taken = [sheetWith("Tabel 3.1", true), sheetWith("Tabel 3.1 (Capaian Kinerja)", true)];
    const name = generatedSheetNames(["3.1"], workbook(...taken), []).get("3.1")!;
    expect(name).toBe("Tabel 3.1 (Capaian Kinerja 2)");
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
