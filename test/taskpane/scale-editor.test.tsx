import { fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import type { Settings } from "../../src/engine/settings";
import { ScaleEditor } from "../../src/taskpane/components/ScaleEditor";
import { renderInPane } from "./helpers";

function Harness({ onState }: { onState(skala: Settings["skala"], valid: boolean): void }) {
  const [skala, setSkala] = useState<Settings["skala"]>("lkjip4");
  const [valid, setValid] = useState(true);
  onState(skala, valid);
  return <ScaleEditor value={skala} onChange={setSkala} onValidityChange={setValid} />;
}

function setup(lang: "id" | "en" = "id") {
  const state: { skala: Settings["skala"]; valid: boolean } = { skala: "lkjip4", valid: true };
  renderInPane(
    <Harness
      onState={(s, v) => {
        state.skala = s;
        state.valid = v;
      }}
    />,
    lang,
  );
  return state;
}

function band(n: number) {
  return screen.getAllByRole("group").filter((g) => g.tagName === "FIELDSET")[n - 1] as HTMLElement;
}

describe("ScaleEditor", () => {
  test("shows the LKjIP 4 kategori preset as editable bands", () => {
    setup();
    const labels = screen.getAllByLabelText("Predikat").map((i) => (i as HTMLInputElement).value);
    expect(labels).toEqual(["Sangat Baik", "Baik", "Cukup", "Kurang"]);
    expect(within(band(2)).getByLabelText("Dari")).toHaveProperty("value", "75");
    expect(within(band(2)).getByLabelText(/Sampai/)).toHaveProperty("value", "100");
    expect(screen.getByText("Skala benar")).toBeTruthy();
  });

  test("a field that is not a number is flagged as you type and blocks the scale", () => {
    const state = setup();
    fireEvent.change(within(band(3)).getByLabelText("Dari"), { target: { value: "55x" } });
    expect(within(band(3)).getByText("Isi dengan angka, mis. 75 atau 90,5")).toBeTruthy();
    expect(state.valid).toBe(false);
    expect(state.skala).toBe("lkjip4");
  });

  test("a gap between bands is named by the engine's check; fixing it yields a custom scale", () => {
    const state = setup();
    const from = within(band(2)).getByLabelText("Dari");
    fireEvent.change(from, { target: { value: "80" } });
    expect(screen.getByText("Skala belum benar")).toBeTruthy();
    expect(screen.getByText(/^Celah antara "Cukup \[55; 75\)" dan "Baik \[80; 100\]"/)).toBeTruthy();
    expect(state.valid).toBe(false);

    // Decimal comma as Indonesian users type it: Cukup now runs to 80.
    fireEvent.change(within(band(3)).getByLabelText(/Sampai/), { target: { value: "80,0" } });
    expect(screen.queryByText("Skala belum benar")).toBeNull();
    expect(state.valid).toBe(true);
    expect(typeof state.skala).toBe("object");
    const bands = (state.skala as Exclude<Settings["skala"], string>).bands;
    expect(bands.map((b) => [b.label, b.from, b.to])).toEqual([
      ["Sangat Baik", 100, null],
      ["Baik", 80, 100],
      ["Cukup", 55, 80],
      ["Kurang", 0, 55],
    ]);
  });

  test("an overlap is reported in English when the pane is English", () => {
    const state = setup("en");
    fireEvent.change(within(band(4)).getByLabelText(/^To/), { target: { value: "60" } });
    expect(screen.getByText("The scale is not valid yet")).toBeTruthy();
    expect(screen.getByText(/Overlap: "Kurang/)).toBeTruthy();
    expect(state.valid).toBe(false);
  });

  test("removing a band leaves a gap; choosing a preset replaces the bands", () => {
    const state = setup();
    fireEvent.click(screen.getByRole("button", { name: "Hapus rentang Cukup" }));
    expect(screen.getAllByLabelText("Predikat")).toHaveLength(3);
    expect(state.valid).toBe(false);

    fireEvent.click(screen.getByRole("combobox", { name: "Skala predikat" }));
    fireEvent.click(screen.getByRole("option", { name: "Permendagri 86/2017" }));
    expect(state.skala).toBe("permendagri86");
    expect(state.valid).toBe(true);
    expect(screen.getAllByLabelText("Predikat").map((i) => (i as HTMLInputElement).value)).toEqual([
      "Sangat Tinggi",
      "Tinggi",
      "Sedang",
      "Rendah",
      "Sangat Rendah",
    ]);
  });
});
