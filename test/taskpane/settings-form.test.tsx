import { fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import type { ReadResult } from "../../src/engine/mapping";
import { defaultSettings, Settings } from "../../src/engine/settings";
import { SettingsSection } from "../../src/taskpane/components/SettingsSection";
import { readOf, renderInPane, SEED_ROWS } from "./helpers";

function setup(read: ReadResult | null, lang: "id" | "en" = "id") {
  const seen: { settings: Settings; scaleValid: boolean } = { settings: defaultSettings(), scaleValid: true };
  function Harness() {
    const [settings, setSettings] = useState(defaultSettings());
    seen.settings = settings;
    return (
      <SettingsSection
        read={read}
        settings={settings}
        onChange={(u) => setSettings(u)}
        onScaleValidityChange={(v) => (seen.scaleValid = v)}
      />
    );
  }
  renderInPane(<Harness />, lang);
  return seen;
}

function choose(combo: string | RegExp, option: string) {
  fireEvent.click(screen.getByRole("combobox", { name: combo }));
  fireEvent.click(screen.getByRole("option", { name: option }));
}

describe("SettingsSection", () => {
  test("paper F4 and the Temuan sheet are settings a run stores (A4 and off by default in the pane)", () => {
    const seen = setup(readOf(SEED_ROWS));
    expect(seen.settings.kertas).toBe("A4");
    expect(seen.settings.lembarTemuan).toBe(false);
    fireEvent.click(screen.getByRole("radio", { name: "F4" }));
    fireEvent.click(screen.getByRole("checkbox", { name: /^Tulis sheet Temuan/ }));
    expect(seen.settings.kertas).toBe("F4");
    expect(seen.settings.lembarTemuan).toBe(true);
    expect(Settings.safeParse(seen.settings).success).toBe(true);
  });

  test("defaults: automatic year, cermin formula, selisih, 2 decimals", () => {
    setup(readOf(SEED_ROWS));
    expect(screen.getByRole("combobox", { name: "Tahun laporan" }).textContent).toContain("Otomatis");
    expect(screen.getByRole("radio", { name: /\(2T − R\)/ })).toHaveProperty("checked", true);
    expect(screen.getByRole("combobox", { name: "Konvensi efisiensi" }).textContent).toBe(
      "Capaian − serapan",
    );
    expect(screen.getByRole("spinbutton", { name: "Jumlah desimal" })).toHaveProperty("value", "2");
  });

  test("the years offered are the ones a table holds, latest first, and Otomatis names its year; choosing one sets tahun", () => {
    const read = readOf(SEED_ROWS);
    // the years a table holds a target or realisasi for (not only the ones the reader lists)
    const value = { raw: 5, parsed: { kind: "number" as const, value: 5 } };
    const year = { target: value, realisasi: value };
    read.indicators[0] = { ...read.indicators[0]!, tahun: { "2022": year, "2023": year, "2024": year } };
    const seen = setup(read);
    fireEvent.click(screen.getByRole("combobox", { name: "Tahun laporan" }));
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Otomatis (2024)",
      "2024",
      "2023",
      "2022",
    ]);
    fireEvent.click(screen.getByRole("option", { name: "2023" }));
    expect(seen.settings.tahun).toBe(2023);
    choose("Tahun laporan", "Otomatis (2024)");
    expect(seen.settings.tahun).toBeUndefined();
    expect(Settings.safeParse(seen.settings).success).toBe(true);
  });

  test("only indicators whose polaritas was guessed are offered, and a change is kept per indicator", () => {
    const read = readOf(SEED_ROWS);
    const seen = setup(read);
    const guessed = read.indicators.filter((i) => i.polaritasInferred);
    expect(guessed).toHaveLength(1);
    choose(guessed[0]!.indikator, "Turun (makin kecil makin baik)");
    expect(seen.settings.polaritas).toEqual({ [guessed[0]!.id]: "turun" });
  });

  test("without guessed polaritas or before reading, the form says so and still works", () => {
    const seen = setup(null);
    expect(screen.getByText("Tidak ada polaritas yang ditebak.")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "T / R × 100" }));
    expect(seen.settings.turun).toBe("rasio");
    choose("Konvensi efisiensi", "Capaian ÷ serapan");
    expect(seen.settings.efisiensi.konvensi).toBe("rasio");
  });

  test("decimals accept 0–6 only", () => {
    const seen = setup(null);
    const spin = screen.getByRole("spinbutton", { name: "Jumlah desimal" });
    fireEvent.change(spin, { target: { value: "4" } });
    fireEvent.blur(spin);
    expect(seen.settings.desimal).toBe(4);
    fireEvent.change(spin, { target: { value: "9" } });
    fireEvent.blur(spin);
    expect(seen.settings.desimal).toBe(4);
  });

  test("an invalid scale is reported to the parent", () => {
    const seen = setup(null, "en");
    fireEvent.change(screen.getAllByLabelText("From")[1]!, { target: { value: "" } });
    expect(seen.scaleValid).toBe(false);
    expect(screen.getAllByText("Enter a number, e.g. 75 or 90.5").length).toBeGreaterThan(0);
  });
});
