/**
 * Every inconsistency DOMAIN.md lists under "Findings", reproduced from the seed rows of the corpus, and the
 * consistent neighbours of each producing none.
 */
import seedsJson from "../fixtures/corpus/temuan-seeds.json";
import psksJson from "../fixtures/corpus/psks-tabel-3-5.json";
import renstraJson from "../fixtures/corpus/renstra-akhir.json";
import anggaranJson from "../fixtures/corpus/anggaran-rows.json";
import { compute, type ComputeInput } from "../../src/engine/compute";
import type {
  AnggaranRow,
  Indicator,
  KodeTemuan,
  PrintedAggregate,
  SourcedValue,
  Temuan,
} from "../../src/engine/model";
import { parseColumn } from "../../src/engine/parse";
import { type CorpusRow, idText, indicator, indicatorFromRow, settings, sv } from "./helpers";

const seeds = seedsJson as unknown as CorpusRow[];
const row = (seed: string, line: number, year?: number): CorpusRow => {
  const r = seeds.find((x) => x.seed === seed && x.line === line && (year === undefined || x.year === year));
  if (!r) throw new Error(`seed row ${seed}:${line} missing from the fixture`);
  return r;
};

function run(input: Partial<ComputeInput>, tahun?: number): Temuan[] {
  const s = settings(tahun === undefined ? {} : { tahun });
  return compute({ indicators: [], anggaran: [], aggregates: [], temuan: [], ...input }, s).temuan;
}
const codes = (ts: Temuan[]): KodeTemuan[] => ts.map((t) => t.kode);

describe("reported capaian ≠ R/T", () => {
  it("seed 001: 42,6 printed where 81,92 is right", () => {
    const ts = run({ indicators: [indicatorFromRow(row("001", 811, 2020))] }, 2020);
    expect(codes(ts)).toEqual(["CAPAIAN_TIDAK_SESUAI"]);
  });
  it("seed 002 L229: 112 printed for 111,69 is consistent (integer rounding)", () => {
    expect(run({ indicators: [indicatorFromRow(row("002", 229))] }, 2023)).toEqual([]);
  });
});

describe("letter grade below target scored 100 %", () => {
  it.each([
    ["000", 2740, 2024],
    ["001", 812, 2017],
    ["001", 812, 2018],
    ["001", 812, 2019],
  ])("seed %s L%s (%s): target BB, realisasi B, printed 100", (seed, line, year) => {
    const ind = indicatorFromRow(row(seed, line, year), "huruf");
    const ts = run({ indicators: [ind] }, year);
    const t = ts.find((x) => x.kode === "PREDIKAT_HURUF_DI_BAWAH_TARGET");
    expect(t?.tingkat).toBe("galat");
    expect(t?.pesan.id).toMatch(/realisasi B di bawah target BB/);
    expect(t?.pesan.id).toMatch(/seharusnya 80/);
    expect(t?.pesan.en).toMatch(/expected 80/);
    expect(codes(ts)).not.toContain("CAPAIAN_TIDAK_SESUAI");
  });
  it.each([2020, 2021])("seed 001 L812 (%s): BB against BB at 100 is consistent", (year) => {
    expect(run({ indicators: [indicatorFromRow(row("001", 812, year), "huruf")] }, year)).toEqual([]);
  });
});

describe("predikat contradicts the scale", () => {
  it("seed 000 L4926: 100 % printed 'Sangat Baik', lkjip4 says 'Baik'", () => {
    const ts = run({ indicators: [indicatorFromRow(row("000", 4926))] }, 2024);
    expect(codes(ts)).toEqual(["PREDIKAT_TIDAK_SESUAI"]);
    expect(ts[0]?.pesan.id).toContain('seharusnya "Baik"');
    expect(ts[0]?.pesan.en).toContain('expected "Baik"');
  });
  it("seed 000 L5464: 'Sangat tinggi' is not a band of lkjip4: its table is named as read in Permendagri 86", () => {
    // Tabel 3.6 prints this one predikat, in Permendagri 86 words: the table is read in that scale
    // (100 % is Sangat Tinggi there) and the run says once that it is not the scale of the settings.
    const ts = run({ indicators: [indicatorFromRow(row("000", 5464))] }, 2024);
    expect(codes(ts)).toEqual(["PREDIKAT_SKALA_DITEBAK"]);
    expect(ts[0]?.pesan.id).toMatch(/bukan skala pengaturan LKjIP 4 kategori/);
  });
  it("…but is right on the Permendagri 86 scale", () => {
    const ind = indicatorFromRow(row("000", 5464));
    const s = settings({ tahun: 2024, skala: "permendagri86" });
    expect(compute({ indicators: [ind], anggaran: [], aggregates: [], temuan: [] }, s).temuan).toEqual([]);
  });
  it("seed 000 L3862: 100 % 'Baik' is consistent", () => {
    expect(run({ indicators: [indicatorFromRow(row("000", 3862))] }, 2024)).toEqual([]);
  });
});

describe("a total ≠ the sum of its rows (seed 002 Tabel 3.5)", () => {
  const psks = psksJson as unknown as Array<CorpusRow & { raw: string[] }>;
  const members = psks.filter((r) => r.indikator !== "Total PSKS tersertifikasi");
  const total = psks.find((r) => r.indikator === "Total PSKS tersertifikasi") as CorpusRow & {
    raw: string[];
  };
  const agg = (col: number, label: string): PrintedAggregate => ({
    kind: "jumlah",
    label,
    printed: sv(total.raw[col] as string, `${String.fromCharCode(65 + col)}10`, "Tabel 3.5"),
    members: members.map((m, i) =>
      sv(m.raw[col] as string, `${String.fromCharCode(65 + col)}${5 + i}`, "Tabel 3.5"),
    ),
  });
  it("2022: 127 printed, rows sum to 85", () => {
    const ts = run({ aggregates: [agg(2, "Total PSKS tersertifikasi 2022")] });
    expect(codes(ts)).toEqual(["JUMLAH_TIDAK_SESUAI"]);
    expect(ts[0]?.pesan.id).toContain("127");
    expect(ts[0]?.pesan.id).toContain("85");
    expect(ts[0]?.sel[0]).toEqual({ sheet: "Tabel 3.5", cell: "C10" });
    expect(ts[0]?.sel).toHaveLength(6);
  });
  it("2023: 101 = the sum, and the Jumlah PSKS column 154 = the sum", () => {
    expect(run({ aggregates: [agg(3, "2023"), agg(1, "Jumlah PSKS")] })).toEqual([]);
  });
});

/** Seed 000 Tabel 3.10 (a US-format table): rows read through the parser, linked program → kegiatan → sub kegiatan. */
function tabel310(): AnggaranRow[] {
  type A = CorpusRow & { raw: string; anggaran: Record<string, unknown> };
  const rows = (anggaranJson as unknown as A[]).filter(
    (r) => r.table?.startsWith("Tabel 3.10") && ["program", "kegiatan", "subkegiatan"].includes(r.level),
  );
  const cols: string[][] = [[], [], [], []];
  for (const r of rows) r.raw.split(" ").forEach((c, i) => cols[i]?.push(c));
  const parsed = cols.map((c) => parseColumn(c));
  let program = "";
  let kegiatan = "";
  return rows.map((r, i) => {
    const level = r.level as AnggaranRow["level"];
    const id = `L${r.line}`;
    const cell = (c: number, letter: string): SourcedValue => ({
      raw: cols[c]?.[i] ?? "",
      parsed: parsed[c]?.[i] ?? { kind: "blank" },
      source: { sheet: "Tabel 3.10", cell: `${letter}${r.line}` },
    });
    const parentId = level === "program" ? undefined : level === "kegiatan" ? program : kegiatan;
    if (level === "program") program = id;
    if (level === "kegiatan") kegiatan = id;
    return {
      id,
      level,
      nama: r.indikator ?? "",
      ...(parentId ? { parentId } : {}),
      anggaran: {
        pagu: cell(0, "C"),
        realisasi: cell(1, "D"),
        persenTercetak: cell(2, "E"),
        sisaTercetak: cell(3, "F"),
      },
      source: { sheet: "Tabel 3.10", cell: `B${r.line}` },
    };
  });
}

describe("budgets: serapan, pagu, sisa, roll-ups", () => {
  it("seed 000 Tabel 3.10: every %, sisa and program = Σ kegiatan = Σ sub kegiatan is consistent", () => {
    const rows = tabel310();
    expect(rows.length).toBeGreaterThan(50);
    const res = compute(
      { indicators: [], anggaran: rows, aggregates: [], temuan: [] },
      settings({ tahun: 2024 }),
    );
    expect(res.temuan).toEqual([]);
    // the programs add up to the table's own "B. JUMLAH BELANJA" row (L7497)
    type A = CorpusRow & { anggaran: { pagu: number; realisasi: number } };
    const belanja = (anggaranJson as unknown as A[]).find((r) => r.line === 7497) as A;
    expect(res.anggaran.total.pagu).toBe(belanja.anggaran.pagu);
    expect(res.anggaran.total.realisasi).toBe(belanja.anggaran.realisasi);
  });
  it("a sub kegiatan changed by one digit breaks its kegiatan and program sums", () => {
    const rows = tabel310();
    const sub = rows.find((r) => r.id === "L7343") as AnggaranRow;
    sub.anggaran.pagu = {
      raw: "100,000,000",
      parsed: { kind: "number", value: 100000000 },
      source: { sheet: "Tabel 3.10", cell: "C7343" },
    };
    const ts = compute(
      { indicators: [], anggaran: rows, aggregates: [], temuan: [] },
      settings({ tahun: 2024 }),
    ).temuan;
    expect(codes(ts).sort()).toEqual(["JUMLAH_TIDAK_SESUAI", "SERAPAN_TIDAK_SESUAI", "SISA_TIDAK_SESUAI"]);
    expect(ts.find((t) => t.kode === "JUMLAH_TIDAK_SESUAI")?.pesan.id).toContain("90.000.000");
  });
  it("seed 000 L7192: 97,98 % printed where 1.230.440.700 / 1.831.530.800 = 67,18 %", () => {
    type A = CorpusRow & { raw: string };
    const r = (anggaranJson as unknown as A[]).find((x) => x.line === 7192) as A;
    const [pagu, real, persen] = r.raw.split(" ");
    const row: AnggaranRow = {
      id: "rehab",
      level: "program",
      nama: r.indikator ?? "",
      anggaran: {
        pagu: sv(pagu as string, "C7192", "Tabel 3.8"),
        realisasi: sv(real as string, "D7192", "Tabel 3.8"),
        // this table mixes dot thousands with a decimal point; the column votes US on its own
        persenTercetak: sv(persen as string, "E7192", "Tabel 3.8", "us"),
      },
    };
    const ts = run({ anggaran: [row] });
    expect(codes(ts)).toEqual(["SERAPAN_TIDAK_SESUAI"]);
    expect(ts[0]?.pesan.id).toContain("97,98");
    expect(ts[0]?.pesan.id).toContain("67,18");
    expect(ts[0]?.pesan.en).toContain("67.18");
  });
  it("realisasi > pagu (constructed from seed 000 L7207 with the two cells swapped)", () => {
    const row: AnggaranRow = {
      id: "bencana",
      level: "program",
      nama: "Program Penanganan Bencana",
      anggaran: { pagu: sv("99.983.000", "C1"), realisasi: sv("100.000.000", "D1") },
    };
    const ts = run({ anggaran: [row] });
    expect(codes(ts)).toEqual(["REALISASI_MELEBIHI_PAGU"]);
    expect(ts[0]?.pesan.id).toContain("17.000");
  });
  it("seed 002 Tabel 3.11: the sasaran budget 44.416.379.200 ≠ programs 1–4 of Tabel 2.4 (409.215.000 short)", () => {
    type A = CorpusRow & { raw: string[] };
    const all = anggaranJson as unknown as A[];
    const programs = all.filter((x) => x.seed === "002" && x.line >= 211 && x.line <= 214);
    const s1 = all.find((x) => x.seed === "002" && x.line === 367) as A;
    const agg: PrintedAggregate = {
      kind: "jumlah",
      label: "Anggaran Sasaran 1",
      printed: sv(s1.raw[2] as string, "C367", "Tabel 3.11"),
      members: programs.map((p) => sv(p.raw[2] as string, `C${p.line}`, "Tabel 2.4")),
    };
    const ts = run({ aggregates: [agg] });
    expect(codes(ts)).toEqual(["JUMLAH_TIDAK_SESUAI"]);
    expect(ts[0]?.pesan.id).toContain("-409.215.000");
    const total = all.find((x) => x.seed === "002" && x.line === 216) as A;
    const all5 = all.filter((x) => x.seed === "002" && x.line >= 211 && x.line <= 215);
    const ok: PrintedAggregate = {
      kind: "jumlah",
      label: "Jumlah Anggaran Tahun 2023",
      printed: sv(total.raw[2] as string),
      members: all5.map((p) => sv(p.raw[2] as string)),
    };
    expect(run({ aggregates: [ok] })).toEqual([]);
  });
  it("seed 002 Tabel 3.11: the printed serapan 95,18 and 93,36 are right", () => {
    const rows = [367, 368].map((line) => {
      const r = row("002", line) as CorpusRow & { raw: string[] };
      return {
        id: `s${line}`,
        level: "program" as const,
        nama: r.raw[0] as string,
        anggaran: {
          pagu: sv(r.raw[2] as string),
          realisasi: sv(r.raw[3] as string),
          persenTercetak: sv(r.raw[4] as string),
        },
      };
    });
    expect(run({ anggaran: rows })).toEqual([]);
  });
});

describe("the same quantity differs between tables (seed 002 Renstra Tabel 2.2 vs PK Tabel 3.4)", () => {
  const withRenstra = (pk: CorpusRow, ren: CorpusRow): Indicator => {
    const ind = indicatorFromRow(pk);
    const targets: Record<string, SourcedValue> = {};
    for (const [y, v] of Object.entries(ren.renstra_targets ?? {}))
      if (/^\d{4}$/.test(y)) targets[y] = sv(idText(v), `Y${y}`, "Tabel 2.2");
    ind.renstra = { targets, akhir: sv(idText(ren.renstra_targets?.kondisi_akhir), "AK1", "Tabel 2.2") };
    return ind;
  };
  it("PSKS tersertifikasi 2023: PK 56 % vs Renstra 62 %", () => {
    const ts = run({ indicators: [withRenstra(row("002", 274), row("002", 183))] }, 2023);
    const t = ts.filter((x) => x.kode === "NILAI_BERBEDA_ANTAR_TABEL");
    expect(t).toHaveLength(1);
    expect(t[0]?.pesan.id).toMatch(/Target .* tahun 2023 berbeda antar tabel: 56 .* 62 pada Renstra/);
  });
  it("Rehabilitasi 2023: PK 100 % vs Renstra 96 %", () => {
    const ts = run({ indicators: [withRenstra(row("002", 277), row("002", 184))] }, 2023);
    expect(codes(ts)).toContain("NILAI_BERBEDA_ANTAR_TABEL");
  });
  it("the 2022 values agree (56 % in both)", () => {
    const ind = withRenstra(row("002", 274), row("002", 183));
    ind.tahun = { "2022": { target: sv("56%", "D1") } };
    expect(codes(run({ indicators: [ind] }, 2022))).not.toContain("NILAI_BERBEDA_ANTAR_TABEL");
  });
});

describe("percent over 100 and 'Persentase …' measured in orang", () => {
  it("seed 000 L7053: realisasi 616,6 % of a percentage", () => {
    expect(codes(run({ indicators: [indicatorFromRow(row("000", 7053))] }, 2024))).toEqual([
      "PERSEN_MELEBIHI_100",
    ]);
  });
  it("seed 000 L5522: 'Persentase kejadian bencana …' in orang", () => {
    const ts = run({ indicators: [indicatorFromRow(row("000", 5522))] }, 2024);
    expect(codes(ts)).toEqual(["SATUAN_TIDAK_COCOK"]);
    expect(ts[0]?.pesan.id).toContain('"orang"');
  });
  it("consistent rows: 002 L276 (86,81 %) and 000 L6081 (Jumlah … in unit)", () => {
    expect(run({ indicators: [indicatorFromRow(row("002", 276))] }, 2023)).toEqual([]);
    expect(run({ indicators: [indicatorFromRow(row("000", 6081))] }, 2024)).toEqual([]);
  });
});

describe("target below last year's realisasi (information)", () => {
  it("seed 002 L275: 2023 target 71 % under the 2022 realisasi 76,92 %", () => {
    const ts = run({ indicators: [indicatorFromRow(row("002", 275))] }, 2023);
    expect(codes(ts)).toEqual(["TARGET_DI_BAWAH_REALISASI_LALU"]);
    expect(ts[0]?.tingkat).toBe("info");
  });
  it("seed 002 L274: 2023 target 56 % over the 2022 realisasi 54 %", () => {
    expect(run({ indicators: [indicatorFromRow(row("002", 274))] }, 2023)).toEqual([]);
  });
});

describe("the Renstra end target ≠ what the yearly targets imply (seed 001 Tabel 6.1)", () => {
  const rows = renstraJson as unknown as CorpusRow[];
  it("flags exactly the rows the corpus checks mark as wrong", () => {
    const flagged: number[] = [];
    const expected: number[] = [];
    for (const r of rows) {
      const targets: Record<string, SourcedValue> = {};
      for (const [y, v] of Object.entries(r.renstra_targets ?? {}))
        if (/^\d{4}$/.test(y)) targets[y] = sv(idText(v), `T${y}`, `L${r.line}`);
      const ind = indicator({
        id: `L${r.line}`,
        level: "subkegiatan",
        indikator: r.indikator ?? "",
        ...(r.satuan ? { satuan: r.satuan } : {}),
        polaritas: "naik",
        tahun: {},
        // Tabel 6.1 funds 2022–2026; the 2021 column is the year before the period.
        renstra: {
          periode: [2022, 2026],
          targets,
          akhir: sv(idText(r.renstra_targets?.kondisi_akhir), "AK", `L${r.line}`),
        },
      });
      const ts = run({ indicators: [ind] }, 2024);
      if (ts.some((t) => t.kode === "TARGET_AKHIR_TIDAK_SESUAI")) flagged.push(r.line);
      if (r.checks?.target_ok === false) expected.push(r.line);
    }
    expect(expected.length).toBe(15);
    expect(flagged).toEqual(expected);
  });
  it("names the expected end target: L1209 printed 45, 5 × 7 = 35", () => {
    const r = rows.find((x) => x.line === 1209) as CorpusRow;
    const targets: Record<string, SourcedValue> = {};
    for (const y of ["2022", "2023", "2024", "2025", "2026"]) targets[y] = sv(idText(r.renstra_targets?.[y]));
    const ind = indicator({
      indikator: r.indikator ?? "",
      satuan: "Dokumen",
      tahun: {},
      renstra: { targets, akhir: sv("45", "Q1209", "Tabel 6.1") },
    });
    const t = run({ indicators: [ind] }, 2024).find((x) => x.kode === "TARGET_AKHIR_TIDAK_SESUAI");
    expect(t?.pesan.id).toMatch(/tercetak 45 .*seharusnya 35/);
  });
});

describe("a printed average that cannot be derived (seed 002 Tabel 3.11 'Rata-rata Capaian 94,05 %')", () => {
  it("flags 94,05 against the mean of the sasaran's capaian (112)", () => {
    const pk = row("002", 229) as CorpusRow & { raw: string[] };
    const s1 = row("002", 367) as CorpusRow & { raw: string[] };
    const agg: PrintedAggregate = {
      kind: "rata-rata",
      label: "Rata-rata Capaian Sasaran 1",
      printed: sv(s1.raw[1] as string, "B367", "Tabel 3.11"),
      members: [sv(pk.raw[4] as string, "E229", "Tabel 3.1")],
    };
    const res = compute(
      { indicators: [indicatorFromRow(pk)], anggaran: [], aggregates: [agg], temuan: [] },
      settings({ tahun: 2023 }),
    );
    expect(codes(res.temuan)).toEqual(["RATA_RATA_TIDAK_SESUAI"]);
    expect(res.temuan[0]?.pesan.id).toContain("94,05");
    expect(res.temuan[0]?.pesan.id).toContain("112");
    expect(res.sasaran[0]?.capaian).toBeCloseTo(111.6923, 4);
  });
});
