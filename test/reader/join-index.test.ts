/** The digit tokens that keep "kelompok 3" and "kelompok 4" apart in the similarity join. */
import { digitTokens } from "../../src/reader/join-index";

describe("digitTokens", () => {
  it.each([
    ["persentase layanan", ""],
    ["", ""],
    ["layanan 1", "1"],
    ["2024 layanan", "2024"],
    ["kelompok k3 usaha", "k3"],
    ["tahun 2024 kelompok 3", "2024 3"],
    ["b2 a1 c3", "a1 b2 c3"],
    ["x9 y x9", "x9 x9"],
  ])("%j → %j", (norm, want) => {
    expect(digitTokens(norm)).toBe(want);
    // the one-token answer and the sorted list agree
    expect(digitTokens(norm)).toBe(
      norm
        .split(" ")
        .filter((w) => /\d/.test(w))
        .sort()
        .join(" "),
    );
  });
});
