import fc from "fast-check";
import { parseAddress } from "../../src/engine/address";
import type { ComputeResult, IndicatorResult } from "../../src/engine/result";
import { Settings } from "../../src/engine/settings";
import { emptyState } from "../../src/engine/state";
import { buildWritePlan } from "../../src/engine/writeback";
import { computeResult, readResult, realisasiSheet, ROWS } from "../fixtures/writeback/seed000";

const num = fc.oneof(
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.integer({ min: 0, max: 5000 }),
  fc.constantFrom(0, Number.NaN, Number.POSITIVE_INFINITY, -0),
);
const maybeNum = fc.option(num, { nil: null });
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("=SUM(A1)", "-", "+1", "@x", "BB", "80–90 %", ""),
);
const value = fc.oneof(maybeNum, text);
const year = fc.integer({ min: 2015, max: 2030 });

const indicator = (ids: string[]) =>
  fc.record({
    indicatorId: fc.constantFrom(...ids),
    tahun: year,
    level: fc.constantFrom("sasaran" as const, "program" as const),
    sasaran: text,
    indikator: text,
    satuan: fc.option(text, { nil: null }),
    polaritas: fc.constantFrom("naik" as const, "turun" as const, "huruf" as const),
    target: value,
    realisasi: value,
    capaian: maybeNum,
    predikat: fc.option(fc.constantFrom("Sangat Baik", "Baik", "Cukup", "Kurang"), { nil: null }),
    status: fc.constantFrom(
      "dihitung" as const,
      "tanpa-target" as const,
      "belum-ada-data" as const,
      "tidak-terbaca" as const,
    ),
    capaianTercetak: value,
    predikatTercetak: fc.option(text, { nil: null }),
  }) satisfies fc.Arbitrary<IndicatorResult>;

const tahunanRow = fc.record({ tahun: year, target: value, realisasi: value, capaian: maybeNum });

const result = (ids: string[]): fc.Arbitrary<ComputeResult> =>
  fc.record({
    tahun: year,
    skala: fc.constant({ id: "lkjip4", nama: "LKjIP 4 kategori" }),
    indikator: fc.array(indicator(ids), { maxLength: 8 }),
    sasaran: fc.array(
      fc.record({
        sasaran: text,
        capaian: maybeNum,
        predikat: fc.option(text, { nil: null }),
        indicatorIds: fc.array(fc.constantFrom(...ids), { maxLength: 4 }),
      }),
      { maxLength: 4 },
    ),
    opd: fc.record({ capaian: maybeNum, predikat: fc.option(text, { nil: null }) }),
    tahunan: fc.array(
      fc.record({
        indicatorId: fc.constantFrom(...ids),
        rows: fc.array(tahunanRow, { maxLength: 7 }),
        perubahan: maybeNum,
        arah: fc.constantFrom("Naik" as const, "Turun" as const, "Tetap" as const, null),
      }),
      { maxLength: 4 },
    ),
    renstra: fc.array(
      fc.record({
        indicatorId: fc.constantFrom(...ids),
        periode: fc.option(
          year.chain((a) => fc.integer({ min: a, max: a + 12 }).map((b) => [a, b] as [number, number])),
          { nil: null },
        ),
        perTahun: fc.array(tahunanRow, { maxLength: 7 }),
        baseline: value,
        targetAkhir: value,
        progres: maybeNum,
        targetAkhirTersirat: maybeNum,
      }),
      { maxLength: 3 },
    ),
    nasional: fc.array(
      fc.record({
        indicatorId: fc.constantFrom(...ids),
        targetNasional: value,
        realisasi: value,
        capaian: maybeNum,
        sebanding: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    efisiensi: fc.array(
      fc.record({
        key: fc.string(),
        label: text,
        level: fc.constantFrom("sasaran" as const, "program" as const, "kegiatan" as const),
        capaian: maybeNum,
        pagu: maybeNum,
        realisasi: maybeNum,
        serapan: maybeNum,
        efisiensi: maybeNum,
        kategori: fc.option(text, { nil: null }),
      }),
      { maxLength: 4 },
    ),
    anggaran: fc.record({
      rows: fc.array(
        fc.record({
          id: fc.string(),
          level: fc.constantFrom("program" as const, "kegiatan" as const, "subkegiatan" as const),
          kode: fc.option(text, { nil: null }),
          nama: text,
          pagu: maybeNum,
          realisasi: maybeNum,
          persen: maybeNum,
          sisa: maybeNum,
        }),
        { maxLength: 5 },
      ),
      total: fc.record({ pagu: num, realisasi: num, persen: maybeNum, sisa: num }),
    }),
    temuan: fc.constant([]),
  });

const settings = fc.record({
  desimal: fc.integer({ min: 0, max: 6 }),
  skala: fc.constantFrom("lkjip4", "permendagri86"),
  turun: fc.constantFrom("cermin" as const, "rasio" as const),
  ikon: fc.boolean(),
  bahasa: fc.constantFrom("id" as const, "en" as const),
  tabel: fc.subarray(["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"] as const),
});

describe("any result", () => {
  it("never throws, and every planned block has values and formats of its address's shape", () => {
    const ids = ROWS.map((r) => r.id);
    fc.assert(
      fc.property(result(ids), settings, (res, s) => {
        const out = buildWritePlan({
          snapshot: { sheets: [realisasiSheet()], names: {} },
          read: readResult(),
          result: res,
          settings: Settings.parse(s),
          state: emptyState(),
        });
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        for (const w of out.plan.ranges) {
          const b = parseAddress(w.address);
          if (w.values) {
            expect(w.values).toHaveLength(b.rowCount);
            for (const line of w.values) expect(line).toHaveLength(b.colCount);
          }
          if (w.numberFormats) {
            expect(w.numberFormats).toHaveLength(b.rowCount);
            for (const line of w.numberFormats) expect(line).toHaveLength(b.colCount);
          }
          for (const line of w.values ?? [])
            for (const v of line) if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        }
        for (const m of out.plan.merges) {
          const b = parseAddress(m.address);
          expect(b.rowCount * b.colCount).toBeGreaterThan(1);
        }
        for (const c of out.plan.charts) expect(() => parseAddress(c.dataAddress)).not.toThrow();
        // every table asked for is either written or named as not written, with a reason
        const written = out.tables.map((t) => t.nomor);
        const skipped = out.dilewati.map((d) => d.nomor);
        expect([...written, ...skipped].sort()).toEqual([...s.tabel].sort());
        for (const d of out.dilewati) expect(d.alasan.id.length).toBeGreaterThan(10);
      }),
      { numRuns: 150 },
    );
  });
});

describe("any user content around the table", () => {
  it("is either left alone or named in a refusal, never overwritten", () => {
    const cellArb = fc.record({
      col: fc.constantFrom("G", "H", "I"),
      row: fc.integer({ min: 1, max: 8 }),
      v: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.integer()),
    });
    fc.assert(
      fc.property(fc.array(cellArb, { maxLength: 4 }), (extras) => {
        const extra: Record<string, string | number> = {};
        for (const e of extras) extra[`${e.col}${e.row}`] = e.v;
        const out = buildWritePlan({
          snapshot: { sheets: [realisasiSheet({ extra })], names: {} },
          read: readResult({ extra }),
          result: computeResult(),
          settings: Settings.parse({}),
          state: emptyState(),
        });
        // the plan writes G2:H5; anything there is the user's
        const inTheWay = Object.keys(extra)
          .filter((a) => /^[GH][2-5]$/.test(a))
          .sort();
        if (inTheWay.length > 0) {
          expect(out.ok).toBe(false);
          if (!out.ok) expect(out.refusals.map((r) => r.cell).sort()).toEqual(inTheWay);
        } else {
          expect(out.ok).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
