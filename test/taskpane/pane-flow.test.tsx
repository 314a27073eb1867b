import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
jest.setTimeout(30000);
import { App } from "../../src/taskpane/App";
import { memoryGateway, SEED_ROWS, SHEET, snapshotOf } from "./helpers";

function setup(snapshot = snapshotOf(SEED_ROWS)) {
  const { gateway, applied } = memoryGateway(snapshot);
  const selected: string[] = [];
  const steps: string[] = [];
  const host = {
    gateway: {
      read: () => gateway.read(),
      apply: gateway.apply,
    },
    selectCell: async (sheet: string, cell: string) => {
      selected.push(`${sheet}!${cell}`);
    },
    getSelectedRange: async () => ({ sheet: SHEET, range: "A4:H11" }),
  };
  render(<App host={host} lang="id" theme="light" />);
  return { applied, selected, steps };
}

describe("pane flow over the real pipeline", () => {
  test("Hitung Capaian writes, then shows counts per predikat and findings that select their cells", async () => {
    const { applied, selected } = setup();
    await screen.findByText(/7 indikator terbaca/);
    expect(applied).toHaveLength(0);

    fireEvent.click(screen.getByRole("button", { name: "Hitung Capaian" }));
    const done = await screen.findByText("Selesai: 7 indikator tahun 2024 dihitung.", undefined, {
      timeout: 20000,
    });
    expect(done.closest("[role='status']")).toBeTruthy();
    expect(applied).toHaveLength(1);
    // Hitung writes the capaian columns only; the Tabel 3.x wait for their own button.
    expect(applied[0]!.sheets.filter((s) => s.name.startsWith("Tabel 3"))).toEqual([]);

    const counts = screen.getByRole("table", { name: "Jumlah indikator per predikat" });
    expect(within(counts).getByRole("rowheader", { name: "Sangat Baik" }).closest("tr")!.textContent).toBe(
      "Sangat Baik2",
    );
    expect(within(counts).getByRole("rowheader", { name: "Baik" }).closest("tr")!.textContent).toBe("Baik5");

    const galat = screen.getByRole("list", { name: "Galat" });
    const links = within(galat).getAllByRole("button", { name: /^Buka sel / });
    expect(links.length).toBeGreaterThanOrEqual(2);
    fireEvent.click(links[0]!);
    await waitFor(() => expect(selected).toHaveLength(1));
    expect(selected[0]).toMatch(new RegExp(`^${SHEET}!H\\d+$`));
  });

  test("Sisipkan Tabel 3.x writes the chosen tables and says where each went", async () => {
    const { applied } = setup();
    await screen.findByText(/7 indikator terbaca/);
    fireEvent.click(screen.getByRole("checkbox", { name: "Tabel 3.4 Perbandingan dengan standar nasional" }));
    fireEvent.click(screen.getByRole("button", { name: "Sisipkan Tabel 3.x" }));
    const list = await screen.findByRole("list", { name: "Tabel disisipkan:" }, { timeout: 20000 });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-nomor"))).toEqual(["3.1"]);
    expect(items[0]!.textContent).toContain("Tabel 3.1 Pengukuran Kinerja Tahun 2024");
    const written = applied[0]!.sheets.map((s) => s.name);
    expect(written).toContain(items[0]!.textContent!.match(/di (.+)!/)![1]);
    // a workbook of one year, without Renstra or budget: the other tables are named, with their reasons
    const skipped = within(screen.getByRole("list", { name: "Tidak ditulis (tanpa data tahun ini):" }));
    const reasons = skipped.getAllByRole("listitem");
    expect(reasons.map((li) => li.getAttribute("data-nomor"))).toEqual(["3.2", "3.3", "3.5", "3.6"]);
    expect(reasons[0]!.textContent).toBe(
      "Tabel 3.2: tidak ada realisasi tahun sebelum 2024 untuk dibandingkan dengan realisasi tahun 2024",
    );
    expect(written.filter((n) => n.startsWith("Tabel"))).toEqual(["Tabel 3.1"]);
  });

  test("a changed scale is used by the next run", async () => {
    setup();
    await screen.findByText(/7 indikator terbaca/);
    fireEvent.click(screen.getByRole("button", { name: "Pengaturan" }));
    fireEvent.click(screen.getByRole("combobox", { name: "Skala predikat" }));
    fireEvent.click(screen.getByRole("option", { name: "Permendagri 86/2017" }));
    fireEvent.click(screen.getByRole("button", { name: "Hitung Capaian" }));
    await screen.findByText(/^Selesai:/, undefined, { timeout: 20000 });
    const counts = screen.getByRole("table", { name: "Jumlah indikator per predikat" });
    // 82,6 and 87,5 are Tinggi (76–91); the rest are at least 100: Sangat Tinggi.
    expect(within(counts).getByRole("rowheader", { name: "Sangat Tinggi" }).closest("tr")!.textContent).toBe(
      "Sangat Tinggi5",
    );
    expect(within(counts).getByRole("rowheader", { name: "Tinggi" }).closest("tr")!.textContent).toBe(
      "Tinggi2",
    );
  });

  test("an invalid scale disables Hitung with a reason", async () => {
    setup();
    await screen.findByText(/7 indikator terbaca/);
    fireEvent.click(screen.getByRole("button", { name: "Pengaturan" }));
    fireEvent.change(screen.getAllByLabelText("Dari")[1]!, { target: { value: "80" } });
    const run = screen.getByRole("button", { name: "Hitung Capaian" }) as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    expect(run.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(run.getAttribute("aria-describedby")!)!.textContent).toBe(
      "Perbaiki skala predikat dulu.",
    );
  });

  test("a workbook without a performance table is refused with what to do", async () => {
    const snapshot = snapshotOf(SEED_ROWS);
    snapshot.sheets[0]!.values = [["Catatan rapat"], ["tidak ada tabel"]];
    snapshot.sheets[0]!.numberFormats = [["General"], ["General"]];
    setup(snapshot);
    await screen.findByText(/Belum ada tabel yang dikenali|0 indikator terbaca/);
    fireEvent.click(screen.getByRole("button", { name: "Hitung Capaian" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Tidak ada yang ditulis")).toBeTruthy();
    expect(alert.querySelector("[data-kode='TIDAK_ADA_TABEL']")!.textContent).toContain("Salin Tabel PK");
  });
});
