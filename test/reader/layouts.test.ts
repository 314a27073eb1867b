/** Every seed layout read back: each indicator row with its values, each header with its role. */
import { readWorkbook } from "../../src/reader";
import { allLayouts } from "../fixtures/layouts";
import { scoreFixture } from "../fixtures/layouts/check";

describe.each(allLayouts().map((f) => [f.name, f] as const))("layout %s", (_name, fixture) => {
  const read = readWorkbook(fixture.snapshot);
  const scores = scoreFixture(fixture, read);

  it("finds every expected table with its kind and header roles", () => {
    const wrong = scores.flatMap((s) => s.failures.filter((f) => /table not found|kind|col \d+:/.test(f)));
    expect(wrong).toEqual([]);
    for (const s of scores) expect(s.headersRight).toBe(s.headersPresent);
  });

  it("reads every indicator row, budget line and printed total with the right values", () => {
    const wrong = scores.flatMap((s) => s.failures);
    expect(wrong).toEqual([]);
    const present = scores.reduce((n, s) => n + s.rowsPresent, 0);
    const right = scores.reduce((n, s) => n + s.rowsRight, 0);
    expect(present).toBeGreaterThan(0);
    expect(right).toBe(present);
  });

  it("gives every value a source cell on the sheet it was read from", () => {
    const sheets = new Set(fixture.snapshot.sheets.map((s) => s.name));
    for (const ind of read.indicators) {
      const values = [
        ...Object.values(ind.tahun).flatMap((y) => [
          y.target,
          y.realisasi,
          y.capaianTercetak,
          y.predikatTercetak,
          ...(y.triwulan?.target ?? []),
          ...(y.triwulan?.realisasi ?? []),
        ]),
        ...Object.values(ind.renstra?.targets ?? {}),
        ...Object.values(ind.renstra?.realisasi ?? {}),
        ind.renstra?.baseline,
        ind.renstra?.akhir,
        ...(ind.alternatif ?? []).map((a) => a.value),
      ].filter((v) => v !== undefined && v !== null);
      for (const v of values) {
        expect(v!.source).toBeDefined();
        expect(sheets.has(v!.source!.sheet)).toBe(true);
        expect(v!.source!.cell).toMatch(/^[A-Z]+\d+$/);
      }
    }
  });

  it("never counts a printed total as an indicator", () => {
    for (const ind of read.indicators) expect(ind.indikator).not.toMatch(/^(jumlah|total|rata-rata)\s*$/i);
    for (const row of read.anggaran) expect(row.nama).not.toMatch(/^(a\.|b\.)?\s*jumlah\b/i);
  });
});
