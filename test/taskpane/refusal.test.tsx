/**
 * "Nothing was written" names its real cause (issue 13, item 8): the pane picks its sentence from the
 * refusal's code, so a workbook without a performance table is not told that cells are in the way.
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { Refusal } from "../../src/engine/plan";
import { App } from "../../src/taskpane/App";
import { RefusalMessage } from "../../src/taskpane/components/RefusalMessage";
import { en } from "../../src/taskpane/i18n/en";
import { id } from "../../src/taskpane/i18n/id";
import { memoryGateway, renderInPane, SEED_ROWS, SHEET, snapshotOf } from "./helpers";

jest.setTimeout(30000);

const KODES: Refusal["kode"][] = [
  "SEL_BERISI_DATA_PENGGUNA",
  "SHEET_TERPROTEKSI",
  "NAMA_SHEET_DIPAKAI",
  "BATAS_EXCEL",
  "TIDAK_ADA_TABEL",
  "TAHUN_TIDAK_ADA",
];

function refusal(kode: Refusal["kode"]): Refusal {
  return { kode, sheet: "Realisasi", cell: "G7", pesan: { id: `pesan ${kode}`, en: `message ${kode}` } };
}

describe("the pane's refusal message", () => {
  test("a workbook without a performance table: the cause is the missing table, not cells in the way", async () => {
    const snapshot = snapshotOf(SEED_ROWS);
    snapshot.sheets[0]!.values = [["Catatan rapat"], ["tidak ada tabel"]];
    snapshot.sheets[0]!.numberFormats = [["General"], ["General"]];
    const { gateway } = memoryGateway(snapshot);
    const host = {
      gateway,
      selectCell: async () => undefined,
      getSelectedRange: async () => ({ sheet: SHEET, range: "A1:A2" }),
    };
    render(<App host={host} lang="id" theme="light" />);
    await screen.findByText(/Belum ada tabel yang dikenali|0 indikator terbaca/);
    fireEvent.click(screen.getByRole("button", { name: "Hitung Capaian" }));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Tidak ada yang ditulis")).toBeTruthy();
    expect(alert.textContent).not.toMatch(/menghalangi|proteksi/);
    expect(alert.querySelector("[data-sebab='TIDAK_ADA_TABEL']")!.textContent).toBe(
      id.refusedBecause.TIDAK_ADA_TABEL,
    );
  });

  test.each(KODES)("%s has a sentence of its own in both languages", (kode) => {
    for (const [lang, strings] of [
      ["id", id],
      ["en", en],
    ] as const) {
      const { container, unmount } = renderInPane(
        <RefusalMessage refusals={[refusal(kode)]} onSelect={() => undefined} />,
        lang,
      );
      const sebab = container.querySelectorAll("[data-sebab]");
      expect([...sebab].map((e) => e.getAttribute("data-sebab"))).toEqual([kode]);
      expect(sebab[0]!.textContent).toBe(strings.refusedBecause[kode]);
      expect(container.querySelector(`[data-kode='${kode}']`)!.textContent).toContain(
        refusal(kode).pesan[lang],
      );
      unmount();
    }
  });

  test("each cause is said once, in the order the refusals name them", () => {
    const { container } = renderInPane(
      <RefusalMessage
        refusals={[
          refusal("SHEET_TERPROTEKSI"),
          refusal("SEL_BERISI_DATA_PENGGUNA"),
          refusal("SHEET_TERPROTEKSI"),
        ]}
        onSelect={() => undefined}
      />,
    );
    expect([...container.querySelectorAll("[data-sebab]")].map((e) => e.getAttribute("data-sebab"))).toEqual([
      "SHEET_TERPROTEKSI",
      "SEL_BERISI_DATA_PENGGUNA",
    ]);
    const texts = KODES.map((k) => id.refusedBecause[k]);
    expect(new Set(texts).size).toBe(KODES.length);
  });
});
