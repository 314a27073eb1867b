/**
 * The pane lets the user set the polaritas of any indicator in the results and, beside an indicator
 * reported per quarter, how its quarters make the year (with the engine's reason). The choices are used
 * by the next Hitung Capaian; "N … akan dipakai pada perhitungan berikutnya" notes go once a run used them.
 */
import { act, fireEvent, render, renderHook, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { pendingOverrides, useCapaian } from "../../src/taskpane/use-capaian";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { memoryGateway, SEED_ROWS, snapshotOf } from "./helpers";

jest.setTimeout(60000);

const SASARAN = "Meningkatnya pelayanan kesejahteraan sosial";

/** Two indicators reported per quarter and one guessed turun, as a Dinas Sosial keeps its recap. */
function triwulanan() {
  const s = new SheetBuilder("Realisasi 2024");
  s.row(["Pengukuran Kinerja Tahun 2024"]);
  s.row(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "", "", ""]);
  s.row(["", "", "", "", "", "TW I", "TW II", "TW III", "TW IV"]);
  s.merge("F2:I2");
  s.row([1, SASARAN, "Jumlah PPKS yang mendapatkan bantuan permakanan", "orang", 400, 90, 110, 100, 120]);
  s.row([2, SASARAN, "Persentase PMKS yang tertangani", "%", 75, 60, 66, 71, 78]);
  s.row([3, "Menurunnya angka kemiskinan", "Angka kemiskinan", "%", 10, "", "", "", 9]);
  return workbook(s.build());
}

function setup(snapshot = triwulanan()) {
  const { gateway, applied } = memoryGateway(snapshot);
  const host = { gateway, selectCell: async () => undefined, getSelectedRange: async () => null };
  render(<App host={host} lang="id" theme="light" />);
  return { applied };
}

async function hitung() {
  fireEvent.click(screen.getByRole("button", { name: "Hitung Capaian" }));
  await screen.findByText(/^Selesai:/, undefined, { timeout: 20000 });
  await waitFor(() =>
    expect(screen.getByRole("button", { name: "Hitung Capaian" })).toHaveProperty("disabled", false),
  );
}

function choose(group: HTMLElement, field: string, option: string) {
  fireEvent.click(within(group).getByRole("combobox", { name: field }));
  fireEvent.click(screen.getByRole("option", { name: option }));
}

const group = (name: string) => screen.getByRole("group", { name });
const capaianOf = (name: string) => within(group(name)).getByText(/% · |^— · /).textContent;

describe("per-indicator choices in the results", () => {
  test("polaritas of an indicator that was not guessed, and triwulan → year beside quarterly indicators", async () => {
    const { applied } = setup();
    await screen.findByText(/3 indikator terbaca/);
    await hitung();
    fireEvent.click(screen.getByRole("button", { name: "Polaritas dan triwulan per indikator (3)" }));

    // the engine's choice and its reason, beside the indicators with quarters only
    const jumlah = group("Jumlah PPKS yang mendapatkan bantuan permakanan");
    const tw = within(jumlah).getByRole("combobox", { name: "Triwulan → tahun" });
    expect(tw.textContent).toBe("Kumulatif: triwulan dijumlahkan");
    expect(jumlah.textContent).toContain('Satuan "orang" menghitung banyaknya: triwulan dijumlahkan.');
    expect(capaianOf("Jumlah PPKS yang mendapatkan bantuan permakanan")).toBe("105,00% · Sangat Baik");
    const persen = group("Persentase PMKS yang tertangani");
    expect(within(persen).getByRole("combobox", { name: "Triwulan → tahun" }).textContent).toBe(
      "Akhir: triwulan terakhir yang dilaporkan",
    );
    expect(
      within(group("Angka kemiskinan")).getByRole("combobox", { name: "Triwulan → tahun" }).textContent,
    ).toBe("Akhir: triwulan terakhir yang dilaporkan");

    // any indicator's polaritas, and a quarter choice: pending until the next run
    choose(persen, "Polaritas", "Turun (makin kecil makin baik)");
    choose(jumlah, "Triwulan → tahun", "Akhir: triwulan terakhir yang dilaporkan");
    expect(
      screen.getByText("2 perubahan polaritas atau triwulan akan dipakai pada perhitungan berikutnya."),
    ).toBeTruthy();
    expect(jumlah.textContent).toContain("Dipakai pada perhitungan berikutnya.");

    await hitung();
    expect(screen.queryByText(/perubahan polaritas atau triwulan akan dipakai/)).toBeNull();
    expect(capaianOf("Jumlah PPKS yang mendapatkan bantuan permakanan")).toBe("30,00% · Kurang");
    expect(group("Jumlah PPKS yang mendapatkan bantuan permakanan").textContent).toContain(
      "Dipilih pengguna",
    );
    // turun: (2 × 75 − 78) / 75
    expect(capaianOf("Persentase PMKS yang tertangani")).toBe("96,00% · Baik");
    // the choices are stored in the workbook with the other settings
    const json = applied
      .at(-1)!
      .ranges.filter((r) => r.sheet === "_CapaianKinerja")
      .flatMap((r) => (r.values ?? []).map((row) => row[0]))
      .find((v): v is string => typeof v === "string" && v.startsWith("{"));
    expect(JSON.parse(json!).settings).toMatchObject({
      agregasiTriwulanPer: { "Realisasi 2024!4": "akhir" },
      polaritas: { "Realisasi 2024!5": "turun" },
    });
  });

  test("setting the guessed polaritas takes the guess's finding away on the next run", async () => {
    setup();
    await screen.findByText(/3 indikator terbaca/);
    await hitung();
    const info = () => screen.queryAllByText(/Polaritas "Angka kemiskinan" dianggap turun/);
    // the findings open their first group; open Informasi when it is not that one
    if (!screen.queryByRole("list", { name: "Informasi" }))
      fireEvent.click(screen.getByRole("button", { name: /^Informasi/ }));
    expect(info()).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Polaritas dan triwulan per indikator (3)" }));
    // the guess says why beside its choice; an indicator not guessed has no such line
    const guessed = 'dianggap turun (makin kecil makin baik) karena kata "angka kemiskinan"';
    expect(group("Angka kemiskinan").textContent).toContain(guessed);
    expect(group("Persentase PMKS yang tertangani").textContent).not.toContain("dianggap");
    choose(group("Angka kemiskinan"), "Polaritas", "Turun (makin kecil makin baik)");
    // choosing the guessed value confirms it: the reason goes at once
    expect(group("Angka kemiskinan").textContent).not.toContain(guessed);
    await hitung();
    expect(info()).toHaveLength(0);
    expect(group("Angka kemiskinan").textContent).not.toContain(guessed);
  });
});

describe("the pending corrections note", () => {
  test("goes once Hitung Capaian used the corrections, and comes back for a new one", async () => {
    const snapshot = snapshotOf(SEED_ROWS);
    // a header the reader cannot place: offered for correction in the summary
    snapshot.sheets[0]!.values[3]![6] = "Persen";
    setup(snapshot);
    await screen.findByText(/7 indikator terbaca/);
    const role = await screen.findByRole("combobox", { name: /Peran kolom .*"Persen"/ });
    fireEvent.click(role);
    fireEvent.click(screen.getByRole("option", { name: "Capaian" }));
    expect(screen.getByText("1 perbaikan akan dipakai pada perhitungan berikutnya.")).toBeTruthy();
    await hitung();
    expect(screen.queryByText(/perbaikan akan dipakai pada perhitungan berikutnya/)).toBeNull();
  });

  test("the hook: pending until a writing run used it; a dry run leaves it pending", async () => {
    const { gateway } = memoryGateway(snapshotOf(SEED_ROWS));
    const { result } = renderHook(() => useCapaian(gateway));
    await waitFor(() => expect(result.current.busy).toBeNull());
    const pending = () => pendingOverrides(result.current.overrides, result.current.overridesApplied);
    const fix = { tables: { "Pengukuran 2024!A4:H11": { columns: { "6": { role: "capaian" as const } } } } };
    act(() => result.current.setOverrides(() => fix));
    expect(pending()).toBe(1);
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.busy).toBeNull());
    expect(pending()).toBe(1);
    act(() => result.current.hitung());
    await waitFor(() => expect(result.current.outcome?.ok).toBe(true));
    expect(pending()).toBe(0);
    // the draft itself is kept (other parts of the pane show it); a new correction is pending again
    expect(result.current.overrides).toEqual(fix);
    act(() =>
      result.current.setOverrides((o) => ({
        tables: { ...o.tables, "PK!A1:B2": { kind: "pk" } },
      })),
    );
    expect(pending()).toBe(1);
  });
});
