import { fireEvent, screen, within } from "@testing-library/react";
import { ResultsView } from "../../src/taskpane/components/ResultsView";
import { defaultSettings } from "../../src/engine/settings";
import { predikatCell, renderInPane, resultOf, SEED_ROWS, SHEET } from "./helpers";

describe("ResultsView", () => {
  test("counts indicators per predikat in the scale's order and averages each sasaran", () => {
    const result = resultOf(SEED_ROWS);
    renderInPane(<ResultsView result={result} settings={defaultSettings()} onSelect={() => {}} />);

    const counts = screen.getByRole("table", { name: "Jumlah indikator per predikat" });
    const rows = within(counts)
      .getAllByRole("row")
      .slice(1)
      .map((r) => r.textContent);
    // 59,97/57 and 81,6/53 are above 100 (Sangat Baik); 16/16, 100/100 (twice), 82,6 and 87,5 are Baik.
    expect(rows).toEqual(["Sangat Baik2", "Baik5", "Cukup0", "Kurang0"]);

    const sasaran = screen.getByRole("table", { name: "Rata-rata capaian per sasaran" });
    const first = within(sasaran).getByRole("rowheader", { name: SEED_ROWS[0]!.sasaran }).closest("tr")!;
    expect(first.textContent).toContain("105,21%");
    expect(first.textContent).toContain("Sangat Baik");
  });

  test("uses the chosen decimals and English number format", () => {
    const result = resultOf(SEED_ROWS);
    renderInPane(
      <ResultsView result={result} settings={{ ...defaultSettings(), desimal: 1 }} onSelect={() => {}} />,
      "en",
    );
    const sasaran = screen.getByRole("table", { name: "Average achievement per objective" });
    expect(within(sasaran).getByText("105.2%")).toBeTruthy();
    expect(within(sasaran).getByText("154.0%")).toBeTruthy();
  });

  test("groups findings by tingkat and a click selects the finding's cell", () => {
    const result = resultOf(SEED_ROWS);
    const selected: string[] = [];
    renderInPane(
      <ResultsView
        result={result}
        settings={defaultSettings()}
        onSelect={(sheet, cell) => selected.push(`${sheet}!${cell}`)}
      />,
    );
    // Seed 000 printed "Sangat Baik" for 100 % and "Sangat tinggi", a label of no scale.
    const galat = screen.getByRole("list", { name: "Galat" });
    const items = within(galat).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Predikat tercetak "Sangat Baik" tidak sesuai skala');

    const wrong = SEED_ROWS.findIndex((r) => r.predikat_reported === "Sangat tinggi");
    fireEvent.click(screen.getByRole("button", { name: `Buka sel ${SHEET}!${predikatCell(wrong)}` }));
    expect(selected).toEqual([`${SHEET}!${predikatCell(wrong)}`]);
  });

  test("long finding lists are paged", () => {
    const many = Array.from({ length: 4 }, () => SEED_ROWS).flat();
    const result = resultOf(many);
    const info = result.temuan.map((x) => ({ ...x, tingkat: "info" as const }));
    renderInPane(
      <ResultsView
        result={{ ...result, temuan: [...info, ...info, ...info, ...info] }}
        settings={defaultSettings()}
        onSelect={() => {}}
      />,
    );
    const list = screen.getByRole("list", { name: "Informasi" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(25);
    fireEvent.click(screen.getByRole("button", { name: "Tampilkan 7 lagi" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(32);
  });

  test("no findings is said plainly", () => {
    const result = { ...resultOf(SEED_ROWS), temuan: [] };
    renderInPane(<ResultsView result={result} settings={defaultSettings()} onSelect={() => {}} />);
    expect(screen.getByText("Tidak ada temuan.")).toBeTruthy();
  });
});
