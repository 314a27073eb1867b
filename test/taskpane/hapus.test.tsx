/** The pane's "Hapus hasil" over the real pipeline and the strict Excel fake: asks first, removes all, says so. */
import { fireEvent, render, screen } from "@testing-library/react";
import { fakeWorkbookFromSnapshot } from "../../src/excel/fake";
import { createExcelGateway } from "../../src/excel/gateway";
import { App } from "../../src/taskpane/App";
import { SEED_ROWS, SHEET, snapshotOf } from "./helpers";

jest.setTimeout(30000);

function setup() {
  const fake = fakeWorkbookFromSnapshot(snapshotOf(SEED_ROWS));
  const host = {
    gateway: createExcelGateway(fake.run, { isSetSupported: fake.isSetSupported }),
    selectCell: async () => undefined,
    getSelectedRange: async () => ({ sheet: SHEET, range: "A4:H11" }),
  };
  const original = fake.dump();
  render(<App host={host} lang="id" theme="light" />);
  return { fake, original };
}

describe("Hapus hasil in the pane", () => {
  test("after a run, asks once, then removes everything the add-in wrote and says what", async () => {
    const { fake, original } = setup();
    await screen.findByText(/7 indikator terbaca/);
    fireEvent.click(screen.getByRole("button", { name: "Hitung Capaian" }));
    await screen.findByText("Selesai: 7 indikator tahun 2024 dihitung.", undefined, { timeout: 20000 });
    expect(fake.dump()).not.toBe(original);

    fireEvent.click(screen.getByRole("button", { name: "Hapus hasil…" }));
    // nothing happens before the user confirms
    expect(fake.dump()).not.toBe(original);
    fireEvent.click(screen.getByRole("button", { name: "Ya, hapus" }));
    const done = await screen.findByText(
      /^Selesai dihapus: \d+ sheet, \d+ kolom, \d+ sel dikembalikan, [1-9]\d* aturan format/,
      undefined,
      {
        timeout: 20000,
      },
    );
    expect(done).toBeTruthy();
    expect(fake.dump()).toBe(original);
  });

  test("Batal removes nothing; on a workbook without results the pane says there was nothing", async () => {
    const { fake, original } = setup();
    await screen.findByText(/7 indikator terbaca/);
    fireEvent.click(screen.getByRole("button", { name: "Hapus hasil…" }));
    fireEvent.click(screen.getByRole("button", { name: "Batal" }));
    expect(screen.queryByRole("button", { name: "Ya, hapus" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Hapus hasil…" }));
    fireEvent.click(screen.getByRole("button", { name: "Ya, hapus" }));
    await screen.findByText(/tidak memuat hasil Capaian Kinerja; tidak ada yang diubah/);
    expect(fake.stats.writeSyncs).toBe(0);
    expect(fake.dump()).toBe(original);
  });
});
