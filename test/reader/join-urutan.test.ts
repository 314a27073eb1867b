/**
 * A weak text match made clear by its table: by the order of the clearly matched rows around it, or by
 * values that agree with the indicator's; a differing value or no evidence leaves it a warning.
 */
import type { Indicator, SourcedValue } from "../../src/engine/model";
import type { Entry } from "../../src/reader/join-index";
import { kuatkanDenganUrutan, pasangkanDenganUrutan, type Decision } from "../../src/reader/join-urutan";
import type { IndicatorRecord, ValueSlot } from "../../src/reader/read-model";

const num = (value: number, cell: string): SourcedValue => ({
  raw: String(value),
  parsed: { kind: "number", value },
  source: { sheet: "Tabel 3.1", cell },
});

function entry(seq: number, tahun: Indicator["tahun"] = {}): Entry {
  const ind: Indicator = {
    id: `I${seq}`,
    level: "sasaran",
    sasaran: "",
    indikator: `Indikator ${seq}`,
    polaritas: "naik",
    polaritasInferred: false,
    tahun,
    source: { sheet: "Tabel 3.1", cell: `C${seq + 4}` },
  };
  return {
    ind,
    norm: "",
    sasaranNorm: "",
    claimed: [],
    ref: ind.source!,
    polaritasTexts: undefined,
    digits: "",
    seq,
  };
}

function rec(row: number, values: [ValueSlot["role"], number, number][] = []): IndicatorRecord {
  return {
    tableId: "Tabel 3.2",
    kind: "history",
    sheet: "Tabel 3.2",
    row,
    rowRef: { sheet: "Tabel 3.2", cell: `B${row + 1}` },
    order: row,
    level: "sasaran",
    levelFromLabel: false,
    indikator: `baris ${row}`,
    values: values.map(([, v], k) => num(v, `D${row + k}`)),
    slots: values.map(([role, , tahun]) => ({ role, tahun, triwulan: undefined })),
  };
}

const clear = (to: Entry): Decision => ({ to, method: "teks", score: 1 });
const weak = (to: Entry, score = 0.85): Decision => ({
  to,
  method: "mirip",
  score,
  temuan: {
    kode: "PENCOCOKAN_LEMAH",
    tingkat: "peringatan",
    sel: [],
    pesan: { id: "", en: "" },
  },
});
const levels = (ds: Decision[]) => ds.map((d) => d.temuan?.tingkat);
const year = () => 2024;

describe("kuatkanDenganUrutan", () => {
  it.each([
    ["between both neighbours", [0, 1, 2], 1],
    ["after the first, none after", [0, 1], 1],
    ["before the last, none before", [1, 2], 0],
  ])("a weak match in the table's order is noted, not warned (%s)", (_why, seqs, weakAt) => {
    const es = [entry(0), entry(1), entry(2)];
    const recs = seqs.map((_, k) => rec(k + 3));
    const ds = seqs.map((s, k) => (k === weakAt ? weak(es[s]!) : clear(es[s]!)));
    kuatkanDenganUrutan(recs, ds, year);
    expect(ds[weakAt]!.temuan?.tingkat).toBe("info");
  });

  it("a weak match out of the table's order stays a warning", () => {
    const es = [entry(0), entry(1), entry(2)];
    const ds = [clear(es[1]!), weak(es[0]!), clear(es[2]!)];
    kuatkanDenganUrutan([rec(3), rec(4), rec(5)], ds, year);
    expect(levels(ds)).toEqual([undefined, "peringatan", undefined]);
  });

  it("a lone weak match is confirmed by agreeing values, not by nothing", () => {
    const e = entry(0, { "2024": { target: num(60, "E5"), realisasi: num(61.3, "F5") } });
    const agree = [weak(e)];
    kuatkanDenganUrutan(
      [
        rec(3, [
          ["target", 60, 2024],
          ["realisasi", 61.3, 2024],
        ]),
      ],
      agree,
      year,
    );
    expect(levels(agree)).toEqual(["info"]);
    const none = [weak(entry(0))];
    kuatkanDenganUrutan([rec(3)], none, year);
    expect(levels(none)).toEqual(["peringatan"]);
  });

  it("a differing value leaves the match weak even in order", () => {
    const es = [entry(0), entry(1, { "2024": { target: num(60, "E5") } }), entry(2)];
    const ds = [clear(es[0]!), weak(es[1]!), clear(es[2]!)];
    kuatkanDenganUrutan([rec(3), rec(4, [["renstraTarget", 62, 2024]]), rec(5)], ds, year);
    expect(ds[1]!.temuan?.tingkat).toBe("peringatan");
  });
});

describe("pasangkanDenganUrutan: a row whose name matched nothing", () => {
  const baru: Decision = { to: "baru", method: "teks", score: 1 };
  const vals = (t: number, r: number, c: number): Indicator["tahun"] => ({
    "2024": { target: num(t, "E5"), realisasi: num(r, "F5"), capaianTercetak: num(c, "G5") },
  });
  const row = (k: number, t: number, r: number, c?: number) =>
    rec(k, [
      ["target", t, 2024],
      ["realisasi", r, 2024],
      ...(c === undefined ? [] : [["capaian", c, 2024] as const]),
    ] as [ValueSlot["role"], number, number][]);

  // the unmatched row first, between, or last of its table; its indicator first, between, or last of the order
  it.each([
    ["between both neighbours", 1, 3],
    ["first, the next row anchored", 0, 3],
    ["last, the row before anchored", 2, 3],
    ["last of two rows", 1, 2],
  ])("joins the one free indicator its place and values give (%s)", (_why, at, n) => {
    const es = [0, 1, 2].map((s) => entry(s, vals(60 + s, 61 + s, 101 + s)));
    const recs = Array.from({ length: n }, (_, k) =>
      row(k + 3, 60 + k, 61 + k, k === at ? 101 + k : undefined),
    );
    const ds = recs.map((_, k) => (k === at ? baru : clear(es[k]!)));
    pasangkanDenganUrutan(recs, ds, es, year);
    expect(ds[at]!.to).toBe(es[at]);
    expect(ds[at]!.method).toBe("mirip");
    expect(ds[at]!.temuan).toMatchObject({
      kode: "PENCOCOKAN_LEMAH",
      tingkat: "info",
      indicatorId: `I${at}`,
    });
    expect(es[at]!.claimed).toContain("Tabel 3.2");
  });

  it.each([
    ["a value differs (the target agrees)", [61, 70.5]],
    ["only one value is the same (the target)", [61, undefined]],
  ])("stays its own indicator when %s", (_why, [t, r]) => {
    const es = [0, 1, 2].map((s) => entry(s, vals(60 + s, 61 + s, 101 + s)));
    const mid =
      r === undefined
        ? rec(4, [["target", t!, 2024]])
        : rec(4, [
            ["target", t!, 2024],
            ["realisasi", r, 2024],
          ]);
    const recs = [row(3, 60, 61), mid, row(5, 62, 63)];
    const ds = [clear(es[0]!), baru, clear(es[2]!)];
    pasangkanDenganUrutan(recs, ds, es, year);
    expect(ds[1]!.to).toBe("baru");
  });

  it("stays its own indicator when two free indicators in its place agree, or no neighbour is anchored", () => {
    const es = [0, 1, 2, 3].map((s) => entry(s, vals(80, 90, 112.5)));
    const recs = [row(3, 80, 90), row(4, 80, 90), row(5, 80, 90)];
    const ds = [clear(es[0]!), baru, clear(es[3]!)];
    pasangkanDenganUrutan(recs, ds, es, year);
    expect(ds[1]!.to).toBe("baru");
    const alone = [baru, baru];
    pasangkanDenganUrutan([row(3, 80, 90), row(4, 80, 90)], alone, es, year);
    expect(alone.map((d) => d.to)).toEqual(["baru", "baru"]);
  });

  it("leaves an ambiguous row and a row its table already gave an indicator", () => {
    const es = [0, 1, 2].map((s) => entry(s, vals(60 + s, 61 + s, 101 + s)));
    const ambiguous: Decision = { ...baru, temuan: weak(es[1]!).temuan };
    const recs = [row(3, 60, 61), row(4, 61, 62), row(5, 62, 63)];
    const ds = [clear(es[0]!), ambiguous, clear(es[2]!)];
    pasangkanDenganUrutan(recs, ds, es, year);
    expect(ds[1]!.to).toBe("baru");
    es[1]!.claimed.push("Tabel 3.2");
    const again = [clear(es[0]!), baru, clear(es[2]!)];
    pasangkanDenganUrutan(recs, again, es, year);
    expect(again[1]!.to).toBe("baru");
  });
});
