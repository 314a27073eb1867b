import { fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { SummarySection } from "../../src/taskpane/components/SummarySection";
import type { OverridesDraft } from "../../src/taskpane/use-capaian";
import { readOf, renderInPane, SEED_ROWS, SHEET } from "./helpers";

function setup() {
  const read = readOf(SEED_ROWS);
  const seen: { overrides: OverridesDraft } = { overrides: { tables: {} } };
  function Harness() {
    const [overrides, setOverrides] = useState<OverridesDraft>({ tables: {} });
    seen.overrides = overrides;
    return <SummarySection read={read} overrides={overrides} onOverridesChange={(u) => setOverrides(u)} />;
  }
  renderInPane(<Harness />);
  return { read, seen };
}

describe("SummarySection", () => {
  test("lists the tables by kind with sheet, range and confidence", () => {
    setup();
    const table = screen.getByRole("table", { name: "Tabel yang ditemukan" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(["Perjanjian KinerjaPK 2024!B3:F12 (40%)", `Realisasi${SHEET}!A4:H11 (90%)`]);
    expect(screen.getByText(/7 indikator terbaca · Tahun: 2022, 2023, 2024/)).toBeTruthy();
  });

  test("a low-confidence column gets a role Dropdown and the fix becomes an override", () => {
    const { read, seen } = setup();
    const combo = screen.getByRole("combobox", { name: `Peran kolom ${SHEET}!G "Capaian (%)"` });
    fireEvent.click(combo);
    fireEvent.click(screen.getByRole("option", { name: "Abaikan kolom ini" }));
    const id = read.tables[0]!.id;
    expect(seen.overrides.tables[id]?.columns).toEqual({ "6": { role: "abaikan", tahun: 2024 } });
  });

  test("a low-confidence table kind can be corrected", () => {
    const { seen } = setup();
    fireEvent.click(screen.getByRole("combobox", { name: "Jenis tabel PK 2024!B3:F12" }));
    fireEvent.click(screen.getByRole("option", { name: "Renstra" }));
    expect(seen.overrides.tables["PK 2024!B3:F12"]?.kind).toBe("renstra");
    const table = screen.getByRole("table", { name: "Tabel yang ditemukan" });
    expect(within(table).getByText("Renstra")).toBeTruthy();
  });

  test("before the read finishes the section says it is reading", () => {
    renderInPane(<SummarySection read={null} overrides={{ tables: {} }} onOverridesChange={() => {}} />);
    expect(screen.getByRole("status").textContent).toBe("Membaca buku kerja…");
  });
});
