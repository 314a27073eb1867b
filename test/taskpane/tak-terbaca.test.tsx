/**
 * "Tidak dipahami": the blocks the reader did not understand are listed with their reason and can be
 * selected in the sheet; a block, or the current selection, can be declared a table, which becomes the
 * overrides entry the reader reads it by (and is stored in the workbook by the next Hitung Capaian).
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import type { BlokTakTerbaca, ReadResult } from "../../src/engine/mapping";
import { STATE_SHEET } from "../../src/engine/state";
import { App } from "../../src/taskpane/App";
import { SummarySection } from "../../src/taskpane/components/SummarySection";
import { TakTerbacaSection } from "../../src/taskpane/components/TakTerbacaSection";
import type { Lang } from "../../src/taskpane/i18n";
import type { OverridesDraft } from "../../src/taskpane/use-capaian";
import { memoryGateway, readOf, renderInPane, SEED_ROWS, SHEET, snapshotOf } from "./helpers";

jest.setTimeout(30000);

const BLOCKS: BlokTakTerbaca[] = [
  {
    sheet: "Lampiran",
    range: "A3:P40",
    kode: "TANPA_JUDUL_KOLOM",
    pesan: {
      id: "Lampiran!A3:P40 berisi angka di samping teks tanpa baris judul kolom yang dikenali.",
      en: "Lampiran!A3:P40 holds numbers beside text with no column header row recognised.",
    },
  },
  {
    sheet: SHEET,
    range: "A20:F24",
    kode: "BUKAN_TABEL_KINERJA",
    pesan: { id: "Tidak ada kolom indikator di A20:F24.", en: "No indicator column in A20:F24." },
  },
];

function setup(options: { lang?: Lang; blocks?: BlokTakTerbaca[]; selection?: string } = {}) {
  const read: ReadResult = { ...readOf(SEED_ROWS), takTerbaca: options.blocks ?? BLOCKS };
  const seen = { overrides: { tables: {} } as OverridesDraft, declares: 0 };
  const selected: string[] = [];
  const errors: unknown[] = [];
  function Harness() {
    const [overrides, setOverrides] = useState<OverridesDraft>({ tables: {} });
    seen.overrides = overrides;
    return (
      <TakTerbacaSection
        read={read}
        overrides={overrides}
        busy={false}
        onDeclare={(update) => {
          seen.declares++;
          setOverrides(update);
        }}
        onSelect={(sheet, range) => selected.push(`${sheet}!${range}`)}
        onReadSelection={async () => ({ sheet: SHEET, range: options.selection ?? "$b$5:$h$11" })}
        onError={(e) => errors.push(e)}
      />
    );
  }
  renderInPane(<Harness />, options.lang ?? "id");
  return { seen, selected, errors };
}

function choose(scope: HTMLElement, combo: string, option: string) {
  fireEvent.click(within(scope).getByRole("combobox", { name: combo }));
  fireEvent.click(screen.getByRole("option", { name: option }));
}

describe("TakTerbacaSection", () => {
  test("lists each block with its reason; its address selects it in the sheet", () => {
    const { selected } = setup();
    const list = screen.getByRole("list", { name: "Tidak dipahami (2)" });
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-kode"))).toEqual([
      "TANPA_JUDUL_KOLOM",
      "BUKAN_TABEL_KINERJA",
    ]);
    expect(items[0]!.textContent).toContain(BLOCKS[0]!.pesan.id);
    fireEvent.click(screen.getByRole("button", { name: "Pilih Lampiran!A3:P40 di lembar kerja" }));
    fireEvent.click(screen.getByRole("button", { name: `Pilih ${SHEET}!A20:F24 di lembar kerja` }));
    expect(selected).toEqual(["Lampiran!A3:P40", `${SHEET}!A20:F24`]);
  });

  test("in English, with the English reason", () => {
    setup({ lang: "en" });
    const list = screen.getByRole("list", { name: "Not understood (2)" });
    expect(within(list).getAllByRole("listitem")[1]!.textContent).toContain(
      "No indicator column in A20:F24.",
    );
    expect(screen.queryByText(BLOCKS[1]!.pesan.id)).toBeNull();
  });

  test("nothing not understood: no list, but the selection can still be declared", () => {
    setup({ blocks: [] });
    expect(screen.queryByRole("list", { name: /Tidak dipahami/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Ambil pilihan" })).toBeTruthy();
  });

  test("declaring a block gives the overrides entry the reader reads it by, and it can be undone", () => {
    const { seen } = setup();
    const toggle = screen.getByRole("button", { name: "Nyatakan sebagai tabel: Lampiran!A3:P40" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const form = screen.getByRole("form", { name: "Nyatakan Lampiran!A3:P40 sebagai tabel" });
    choose(form, "Jenis tabel", "Anggaran");
    fireEvent.change(within(form).getByRole("combobox", { name: /Baris judul/ }), { target: { value: "2" } });
    fireEvent.click(within(form).getByRole("button", { name: "Nyatakan sebagai tabel" }));

    expect(seen.declares).toBe(1);
    expect(seen.overrides.tables).toEqual({
      "Lampiran!A3:P40": { dariPengguna: true, kind: "anggaran", barisJudul: 2 },
    });
    expect(screen.queryByRole("form", { name: /Lampiran/ })).toBeNull();
    const declared = screen.getByRole("list", { name: "Dinyatakan sebagai tabel" });
    expect(declared.textContent).toContain("Lampiran!A3:P40: Anggaran, 2 baris judul");

    fireEvent.click(screen.getByRole("button", { name: "Batalkan: Lampiran!A3:P40" }));
    expect(seen.overrides.tables).toEqual({});
    expect(screen.queryByRole("list", { name: "Dinyatakan sebagai tabel" })).toBeNull();
  });

  test("the current selection is read through the bridge, normalised, and declared", async () => {
    const { seen } = setup({ blocks: [] });
    fireEvent.click(screen.getByRole("button", { name: "Ambil pilihan" }));
    expect((await screen.findByRole("status")).textContent).toBe(`Blok: ${SHEET}!B5:H11`);
    const form = screen.getByRole("form", { name: `Nyatakan ${SHEET}!B5:H11 sebagai tabel` });
    fireEvent.click(within(form).getByRole("button", { name: "Nyatakan sebagai tabel" }));
    expect(seen.overrides.tables).toEqual({
      [`${SHEET}!B5:H11`]: { dariPengguna: true, kind: "realisasi", barisJudul: 1 },
    });
  });

  test("a selection that cannot be a table says why and cannot be declared", async () => {
    const { seen } = setup({ blocks: [], selection: "B5:H6" });
    fireEvent.click(screen.getByRole("button", { name: "Ambil pilihan" }));
    const form = await screen.findByRole("form", { name: `Nyatakan ${SHEET}!B5:H6 sebagai tabel` });
    fireEvent.change(within(form).getByRole("combobox", { name: /Baris judul/ }), { target: { value: "2" } });
    expect(within(form).getByRole("alert").textContent).toContain("perlu lebih dari 2 baris");
    const submit = within(form).getByRole("button", { name: "Nyatakan sebagai tabel" }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.submit(form);
    expect(seen.declares).toBe(0);
  });

  test("a selection that is not one block says so, and offers no form", async () => {
    renderInPane(
      <TakTerbacaSection
        read={{ ...readOf(SEED_ROWS), takTerbaca: [] }}
        overrides={{ tables: {} }}
        busy={false}
        onDeclare={() => {}}
        onSelect={() => {}}
        onReadSelection={async () => null}
        onError={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Ambil pilihan" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/bukan satu blok sel/);
    expect(screen.queryByRole("form")).toBeNull();
  });

  test("a failing selection read is handed to the pane's error display", async () => {
    const failing = new Error("InvalidSelection");
    const errors: unknown[] = [];
    renderInPane(
      <TakTerbacaSection
        read={{ ...readOf(SEED_ROWS), takTerbaca: [] }}
        overrides={{ tables: {} }}
        busy={false}
        onDeclare={() => {}}
        onSelect={() => {}}
        onReadSelection={() => Promise.reject(failing)}
        onError={(e) => errors.push(e)}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Ambil pilihan" }));
    await waitFor(() => expect(errors).toEqual([failing]));
    expect(screen.queryByRole("form")).toBeNull();
  });

  test("a declared table, once read, shows every column's role in the summary to correct", () => {
    const read = readOf(SEED_ROWS);
    const id = read.tables[0]!.id;
    const seen = { overrides: { tables: {} } as OverridesDraft };
    function Harness({ declared }: { declared: boolean }) {
      const [overrides, setOverrides] = useState<OverridesDraft>({
        tables: declared ? { [id]: { dariPengguna: true, kind: "realisasi", barisJudul: 1 } } : {},
      });
      seen.overrides = overrides;
      return <SummarySection read={read} overrides={overrides} onOverridesChange={(u) => setOverrides(u)} />;
    }
    const target = `Peran kolom ${SHEET}!E "Target"`;
    const { unmount } = renderInPane(<Harness declared={false} />);
    // found by the reader with confidence: only the doubtful column is offered
    expect(screen.queryByRole("combobox", { name: target })).toBeNull();
    unmount();

    renderInPane(<Harness declared />);
    expect(screen.getAllByRole("combobox", { name: /^Peran kolom / })).toHaveLength(8);
    fireEvent.click(screen.getByRole("combobox", { name: target }));
    fireEvent.click(screen.getByRole("option", { name: "Realisasi" }));
    expect(seen.overrides.tables[id]).toEqual({
      dariPengguna: true,
      kind: "realisasi",
      barisJudul: 1,
      columns: { "4": { role: "realisasi", tahun: 2024 } },
    });
  });
});

describe("declaring a table in the pane", () => {
  test("reads the workbook again with the declaration, writes nothing, and the next Hitung stores it", async () => {
    const { gateway, applied } = memoryGateway(snapshotOf(SEED_ROWS));
    let reads = 0;
    const host = {
      gateway: { read: () => (reads++, gateway.read()), apply: gateway.apply },
      selectCell: async () => {},
      getSelectedRange: async () => ({ sheet: "Lampiran", range: "B2:F9" }),
    };
    render(<App host={host} lang="id" theme="light" />);
    await screen.findByText(/7 indikator terbaca/);
    expect(reads).toBe(1);

    fireEvent.click(screen.getByRole("button", { name: "Ambil pilihan" }));
    const form = await screen.findByRole("form", { name: "Nyatakan Lampiran!B2:F9 sebagai tabel" });
    fireEvent.click(within(form).getByRole("button", { name: "Nyatakan sebagai tabel" }));
    await waitFor(() => expect(reads).toBe(2));
    await screen.findByText(/7 indikator terbaca/);
    expect(applied).toHaveLength(0);
    expect(screen.getByText("1 perbaikan akan dipakai pada perhitungan berikutnya.")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Hitung Capaian" }));
    await waitFor(() => expect(applied).toHaveLength(1), { timeout: 20000 });
    const state = applied[0]!.ranges
      .filter((r) => r.sheet === STATE_SHEET)
      .flatMap((r) => r.values?.flat() ?? [])
      .slice(1)
      .join("");
    const stored = (JSON.parse(state) as { overrides: { tables: Record<string, unknown> } }).overrides;
    expect(stored.tables["Lampiran!B2:F9"]).toEqual({ dariPengguna: true, kind: "realisasi", barisJudul: 1 });
  });
});
