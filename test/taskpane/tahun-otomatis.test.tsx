/**
 * Issue 13, item 2: "Otomatis" always means the latest year with realisasi. After a run for 2022,
 * choosing Otomatis runs 2023 (not the year the last run stored), the dropdown names the year it
 * stands for, the status agrees, and the workbook stores "otomatis" (no tahun), never 2023.
 * The whole pane over the real pipeline and the strict Excel fake, on the sample workbook.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { readState } from "../../src/engine/state";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { App } from "../../src/taskpane/App";
import { readSnapshot } from "../helpers/read-snapshot";

jest.setTimeout(60_000);

const SAMPLE = path.join(__dirname, "..", "..", "assets", "sample", "contoh-dinsos-bengkalis-2023.xlsx");

async function setup() {
  const fake = fakeWorkbookFromSnapshot(await readSnapshot(readFileSync(SAMPLE)));
  const host = {
    gateway: createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported }),
    selectCell: async () => undefined,
    getSelectedRange: async () => null,
  };
  render(<App host={host} lang="id" theme="light" />);
  await screen.findByText(/12 indikator terbaca/, undefined, { timeout: 20000 });
  fireEvent.click(screen.getByRole("button", { name: "Pengaturan" }));
  return fake;
}

function chooseYear(option: string) {
  fireEvent.click(screen.getByRole("combobox", { name: "Tahun laporan" }));
  fireEvent.click(screen.getByRole("option", { name: option }));
}

async function hitung(status: RegExp) {
  fireEvent.click(screen.getByRole("button", { name: "Hitung Capaian" }));
  return screen.findByText(status, undefined, { timeout: 20000 });
}

test("Otomatis after a run for 2022 runs 2023, says so in the dropdown and the status, and stores no year", async () => {
  const fake = await setup();
  expect(screen.getByRole("combobox", { name: "Tahun laporan" }).textContent).toBe("Otomatis (2023)");
  // only the years a table holds are offered
  fireEvent.click(screen.getByRole("combobox", { name: "Tahun laporan" }));
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
    "Otomatis (2023)",
    "2023",
    "2022",
  ]);
  fireEvent.click(screen.getByRole("combobox", { name: "Tahun laporan" }));

  chooseYear("2022");
  await hitung(/^Selesai: 4 dari 12 indikator tahun 2022 dihitung/);
  expect(readState(fake.toSnapshot()).state.settings.tahun).toBe(2022);

  chooseYear("Otomatis (2023)");
  await hitung(/^Selesai: 9 dari 12 indikator tahun 2023 dihitung/);
  expect(screen.getByRole("combobox", { name: "Tahun laporan" }).textContent).toBe("Otomatis (2023)");
  const stored = readState(fake.toSnapshot()).state.settings;
  expect(stored).not.toHaveProperty("tahun");
  // the 2023 tables have their Predikat again, and the 2022 table has none
  expect(fake.cell("Realisasi 2023", "H7").value).toBe("Sangat Baik");
  expect(fake.cell("Capaian 2022", "G3").value).toBe("");
});
