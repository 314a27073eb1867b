/**
 * Every number in the narrative is a number the engine produced for what the paragraph speaks of,
 * formatted the way the text formats it: no recomputation, no other rounding, and never NaN,
 * undefined or null. Checked on the sample workbook and on random indicators through compute().
 */
import fc from "fast-check";
import { compute } from "../../src/engine/compute";
import { type Bahasa, formatAngka } from "../../src/engine/format";
import type { Indicator } from "../../src/engine/model";
import { buildNarasi, teksParagraf, type ParagrafNarasi } from "../../src/engine/narrative";
import type { ComputeResult, TahunanRow } from "../../src/engine/result";
import type { Settings } from "../../src/engine/settings";
import { resolveScale } from "../../src/engine/predikat";
import { anggaranRows, totalOf } from "../../src/engine/tables/anggaran";
import { isSasaranName, tableContext } from "../../src/engine/tables/context";
import { runCapaian } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { indicator, settings, sv } from "../engine/helpers";
import { sampleBuffer } from "../xlsx/workbooks";

jest.setTimeout(120_000);

type Num = number | string | null | undefined;

/** The engine's numbers for one paragraph as the text writes them (years as years, amounts in whole rupiah). */
function engineNumbers(r: ComputeResult, s: Settings, p: ParagrafNarasi, b: Bahasa): Set<string> {
  const d = s.desimal;
  const out = new Set<string>([String(r.tahun)]);
  const add = (v: Num, dec = d) => {
    if (typeof v === "number" && Number.isFinite(v)) out.add(formatAngka(v, b, dec));
  };
  const year = (y: number) => out.add(String(y));
  const row = (t: TahunanRow) => {
    year(t.tahun);
    add(t.target);
    add(t.realisasi);
    add(t.capaian);
  };
  if (p.indicatorId !== undefined) {
    const id = p.indicatorId;
    for (const i of r.indikator.filter((x) => x.indicatorId === id && x.tahun === r.tahun)) {
      add(i.target);
      add(i.realisasi);
      add(i.capaian);
    }
    for (const t of r.tahunan.filter((x) => x.indicatorId === id)) {
      t.rows.forEach(row);
      if (typeof t.perubahan === "number") add(Math.abs(t.perubahan));
    }
    for (const x of r.renstra.filter((y) => y.indicatorId === id)) {
      x.perTahun.forEach(row);
      x.periode?.forEach(year);
      add(x.baseline);
      add(x.targetAkhir);
      add(x.targetAkhirTersirat);
      add(x.progres);
    }
    for (const n of r.nasional.filter((y) => y.indicatorId === id)) {
      add(n.targetNasional);
      add(n.realisasi);
      add(n.capaian);
    }
  }
  if (p.jenis === "sasaran") add(r.sasaran.find((x) => x.sasaran === p.sasaran)?.capaian);
  if (p.jenis === "opd") add(r.opd.capaian);
  if (p.baris !== undefined) {
    const e = r.efisiensi.find((x) => x.key === p.baris)!;
    [e.pagu, e.realisasi].forEach((v) => add(v, 0));
    [e.capaian, e.serapan, e.efisiensi].forEach((v) => add(v));
  } else if (p.jenis === "anggaran") {
    // Tabel 3.6: its rows and the Jumlah the table prints
    const ctx = tableContext(r, s, resolveScale(s.skala));
    const rows = anggaranRows(r.anggaran.rows, (nama) => isSasaranName(ctx, nama));
    const t = totalOf(rows, r.anggaran.rows, r.anggaran.total);
    [t.pagu, t.realisasi, t.sisa].forEach((v) => add(v, 0));
    add(t.persen);
    for (const a of r.anggaran.rows) add(a.persen);
  }
  return out;
}

const NUMBER = { id: /\d+(?:\.\d{3})*(?:,\d+)?/g, en: /\d+(?:,\d{3})*(?:\.\d+)?/g };

/** The numbers of the text outside the quoted names (an indicator's name may hold digits of its own). */
function numbersInText(text: string, b: Bahasa): string[] {
  return text.replace(/“[^”]*”/g, "“”").match(NUMBER[b]) ?? [];
}

function check(r: ComputeResult, s: Settings): void {
  for (const n of buildNarasi(r, s)) {
    for (const p of n.paragraf) {
      for (const b of ["id", "en"] as const) {
        const text = teksParagraf(p, b);
        expect(text).not.toMatch(/NaN|undefined|null|Infinity|\[object/);
        const allowed = engineNumbers(r, s, p, b);
        for (const token of numbersInText(text, b)) {
          if (!allowed.has(token))
            throw new Error(`Tabel ${n.nomor} (${b}): ${token} is no engine number of "${text}"`);
        }
      }
    }
  }
}

test("the sample workbook: every number in the narrative is the engine's", async () => {
  const out = await runCapaian(
    createXlsxGateway({ input: await sampleBuffer(), onOutput: () => undefined }),
    { tulis: false },
  );
  if (!out.ok) throw new Error("refused");
  check(out.result, out.settings);
  check(out.result, { ...out.settings, desimal: 0 });
  check(out.result, { ...out.settings, desimal: 3 });
});

/** A value as agencies type it: an Indonesian number, a blank or a letter grade. */
const cellValue = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .double({ min: 0, max: 1e7, noNaN: true })
      .map((n) => String(Math.round(n * 1000) / 1000).replace(".", ",")),
  },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constantFrom("0", "BB", "B", "A", "12 orang", "3,5%") },
);

const indicatorArb = fc.record({
  polaritas: fc.constantFrom<Indicator["polaritas"]>("naik", "turun", "naik", "huruf"),
  satuan: fc.constantFrom("%", "orang", "KK", "Predikat", ""),
  sasaran: fc.constantFrom("Sasaran A", "Sasaran B", ""),
  t1: cellValue,
  r1: cellValue,
  t2: cellValue,
  r2: cellValue,
  akhir: cellValue,
  nasional: fc.option(cellValue, { nil: undefined }),
});

function toIndicator(x: typeof indicatorArb extends fc.Arbitrary<infer T> ? T : never, i: number): Indicator {
  const yv = (t: string | undefined, r: string | undefined, row: number) => ({
    ...(t ? { target: sv(t, `D${row}`) } : {}),
    ...(r ? { realisasi: sv(r, `E${row}`) } : {}),
  });
  return indicator({
    id: `i${i}`,
    sasaran: x.sasaran ?? "",
    indikator: `Indikator ${i + 1} tahun 2023`,
    ...(x.satuan ? { satuan: x.satuan } : {}),
    polaritas: x.polaritas,
    tahun: { "2023": yv(x.t1, x.r1, i * 2 + 2), "2024": yv(x.t2, x.r2, i * 2 + 3) },
    renstra: {
      periode: [2021, 2026],
      targets: x.t2 ? { "2024": sv(x.t2, `F${i + 2}`) } : {},
      ...(x.akhir ? { akhir: sv(x.akhir, `G${i + 2}`) } : {}),
    },
    ...(x.nasional ? { targetNasional: sv(x.nasional, `H${i + 2}`) } : {}),
  });
}

test("random indicators through compute(): every number in the narrative is the engine's", () => {
  fc.assert(
    fc.property(
      fc.array(indicatorArb, { minLength: 1, maxLength: 5 }),
      fc.constantFrom<Settings["turun"]>("cermin", "rasio"),
      fc.integer({ min: 0, max: 3 }),
      (xs, turun, desimal) => {
        const indicators = xs.map((x, i) => toIndicator(x, i));
        const s = settings({ turun, desimal, tahun: 2024 });
        const r = compute(
          {
            indicators,
            anggaran: [],
            aggregates: [],
            temuan: [],
          },
          s,
        );
        check(r, s);
      },
    ),
    { numRuns: 200 },
  );
});
