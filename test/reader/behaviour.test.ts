/** Reader behaviour on small layouts built from the seeds' real rows: joins, findings, overrides, ignored sheets. */
import { STATE_SHEET } from "../../src/engine/state";
import type { CellValue } from "../../src/engine/snapshot";
import { JoinLink, TableMapping, type MappingOverrides } from "../../src/engine/mapping";
import { AnggaranRow, Indicator, PrintedAggregate, Temuan } from "../../src/engine/model";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { chartDataSheet, generatedSheet, staffSheet, stateSheet } from "../fixtures/layouts/junk";
import { seed000Workbook, seed002OneSheet, seed002Workbook } from "../fixtures/layouts";

function sheetOf(name: string, rows: CellValue[][]) {
  const sb = new SheetBuilder(name);
  for (const r of rows) sb.row(r);
  return sb.build();
}

const overrides = (o: Partial<MappingOverrides>): MappingOverrides => ({ tables: {}, joins: {}, ...o });

describe("table finding", () => {
  it("finds each table of a one-sheet workbook with its title", () => {
    const read = readWorkbook(seed002OneSheet().snapshot);
    expect(read.tables.map((t) => t.kind)).toEqual([
      "pk",
      "realisasi",
      "realisasi",
      "renstra",
      "anggaran",
      "anggaran",
    ]);
    expect(read.tables[0]!.title).toContain("PERJANJIAN KINERJA TAHUN 2023");
    expect(read.tables[1]!.title).toBe("Tabel 3. 1 Pengukuran Kinerja Tahun 2023");
    expect(read.tables[2]!.headerRows).toHaveLength(2);
  });

  it("a row carrying on the running number stays in its table however header-like its cells read", () => {
    // Found by the hostile-input property test: "%" and a lone "𝖗" (an R, Realisasi's short header)
    // made row 2 look like a new table's header, and row 3's realisasi went unread without a word.
    const read = readWorkbook(
      workbook(
        sheetOf("Pengukuran Kinerja", [
          ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024"],
          [1, "Meningkatnya kualitas layanan sosial 1", "Persentase PPKS mandiri", "%", 80, 85],
          [2, "Meningkatnya kualitas layanan sosial 1", "Persentase indikator kinerja ke-2", "%", "𝖗", ""],
          [
            3,
            "Meningkatnya kualitas layanan sosial 1",
            "Persentase indikator kinerja ke-3",
            "%",
            50,
            "x".repeat(300),
          ],
        ]),
      ),
    );
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0]!.rowsRead).toBe(3);
    const third = read.indicators.find((i) => i.indikator.endsWith("ke-3"))!;
    expect(third.tahun[2024]?.realisasi?.raw).toBe("x".repeat(300));
  });

  it("keeps reading past a blank row when the column pattern continues", () => {
    const read = readWorkbook(seed000Workbook().snapshot);
    const eselon4 = read.tables.find((t) => t.title?.includes("Eselon IV"))!;
    expect(eselon4.rowsRead).toBe(9);
    expect(eselon4.rowsSkipped.map((s) => s.reason)).toEqual(
      expect.arrayContaining(["baris judul bagian", "baris kosong"]),
    );
  });

  it.each([
    ["(1)", "(2)", "(3)", "(4)"],
    ["-1", "-2", "-3", "-4"],
    [1, 2, 3, 4],
  ])("skips the column-number row %s %s %s", (...numbers) => {
    const snap = workbook(
      sheetOf("PK", [
        ["Tabel 2. 3 Perencanaan Kinerja Tahun 2023"],
        ["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"],
        numbers,
        [1, "Meningkatnya PPKS Mandiri", "Persentase PPKS Mandiri", "3,25 %"],
      ]),
    );
    const read = readWorkbook(snap);
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0]!.firstDataRow).toBe(3);
    expect(read.indicators).toHaveLength(1);
    expect(read.indicators[0]!.tahun["2023"]!.target!.parsed).toEqual({
      kind: "number",
      value: 3.25,
      percent: true,
    });
  });

  it("does not take a staff list or a chart's data block for a performance table", () => {
    const read = readWorkbook(workbook(staffSheet(), chartDataSheet()));
    expect(read.tables).toEqual([]);
    expect(read.indicators).toEqual([]);
  });

  it("ignores the add-in's state sheet, the sheets it generated and the sheets it owns", () => {
    const own = sheetOf("Capaian", [
      ["Sasaran", "Indikator", "Target", "Realisasi", "Capaian"],
      ["Meningkatnya PPKS Mandiri", "Persentase PPKS Mandiri", "3,25%", "3,63%", "112%"],
    ]);
    const read = readWorkbook(workbook(stateSheet(), generatedSheet(), own));
    expect(read.tables.map((t) => t.sheet)).toEqual(["Capaian"]);
  });
});

describe("header words", () => {
  it.each<[string[], string, number | undefined, number | undefined]>([
    [["Presentase Capaiam"], "capaian", undefined, undefined],
    [["Indikator Sasaran"], "indikator", undefined, undefined],
    [["IKU"], "indikator", undefined, undefined],
    [["IKK"], "indikator", undefined, undefined],
    [["Sasaran Strategis"], "sasaran", undefined, undefined],
    [["Tujuan/Sasaran"], "sasaran", undefined, undefined],
    [["Sat."], "satuan", undefined, undefined],
    [["Pagu"], "pagu", undefined, undefined],
    [["Alokasi Anggaran"], "pagu", undefined, undefined],
    [["Realisasi (Rp)"], "realisasiAnggaran", undefined, undefined],
    [["Anggaran", "Realisasi"], "realisasiAnggaran", undefined, undefined],
    [["Anggaran", "%"], "serapan", undefined, undefined],
    [["Sumber Data"], "sumberData", undefined, undefined],
    [["Penangung jawab"], "penanggungJawab", undefined, undefined],
    [["Penjelasan/Formulasi Penghitungan"], "formula", undefined, undefined],
    [["2024", "Target"], "target", 2024, undefined],
    [["TARGET", "2023"], "target", 2023, undefined],
    [["Target pada Renstra", "2022", "R %"], "realisasi", 2022, undefined],
    [["Target Triwulan", "III"], "target", undefined, 3],
    [["Realisasi", "TW IV"], "realisasi", undefined, 4],
    [["Kondisi kinerja pada akhir Periode RPJMD"], "targetAkhir", undefined, undefined],
    [["Nilai Akuntabliitas"], "abaikan", undefined, undefined],
    [["Predikat"], "predikat", undefined, undefined],
  ])("%j → %s", (texts, role, tahun, triwulan) => {
    const c = classifyHeader(texts);
    expect(c.role).toBe(role);
    expect(c.tahun).toBe(tahun);
    expect(c.triwulan).toBe(triwulan);
  });
});

describe("values and findings", () => {
  const pengukuran = (rows: CellValue[][], extraHeader: string[] = []) =>
    workbook(
      sheetOf("Pengukuran 2024", [
        ["Sasaran", "Indikator", "Target", "Realisasi", "Capaian", ...extraHeader],
        ...rows,
      ]),
    );

  it("reports a cell it cannot read, with the cell's text", () => {
    const read = readWorkbook(
      pengukuran([
        ["Meningkatnya PPKS Mandiri", "Persentase PPKS Mandiri", "4.8294.89.225", "3,63%", "112%"],
      ]),
    );
    const t = read.temuan.filter((x) => x.kode === "NILAI_TIDAK_TERBACA");
    expect(t).toHaveLength(1);
    expect(t[0]!.sel[0]).toEqual({ sheet: "Pengukuran 2024", cell: "C2" });
    expect(t[0]!.pesan.id).toContain("4.8294.89.225");
  });

  it("guesses turun from the indicator's words and says so", () => {
    const read = readWorkbook(
      pengukuran([
        ["Menurunnya kemiskinan", "Angka kemiskinan", "10 %", "9 %", ""],
        ["Akuntabilitas", "Persentase temuan BPK/LHP inspektorat yang ditindak lanjuti", "100", "100", ""],
        ["Akuntabilitas", "Nilai SAKIP", "BB", "B", ""],
        ["Layanan", "Indeks kepuasan masyarakat", "80-90", "85", ""],
        // a bigger reduction is better: the default naik stays, and nothing is flagged
        ["Menurunnya kemiskinan", "Persentase penurunan angka kemiskinan", "2 %", "2,5 %", ""],
      ]),
    );
    const [miskin, temuan, sakip, ikm, penurunan] = read.indicators;
    expect(miskin!.polaritas).toBe("turun");
    expect(miskin!.polaritasInferred).toBe(true);
    expect(penurunan!.polaritas).toBe("naik");
    expect(penurunan!.polaritasInferred).toBe(false);
    expect(temuan!.polaritas).toBe("naik");
    expect(sakip!.polaritas).toBe("huruf");
    expect(sakip!.polaritasInferred).toBe(false);
    expect(ikm!.polaritas).toBe("rentang");
    const ditebak = read.temuan.filter((t) => t.kode === "POLARITAS_DITEBAK");
    expect(ditebak.map((t) => t.indicatorId)).toEqual([miskin!.id]);
  });

  it("reads polaritas from its column without guessing", () => {
    const read = readWorkbook(
      pengukuran([["Menurunnya kemiskinan", "Angka kemiskinan", "10 %", "9 %", "", "Naik"]], ["Polaritas"]),
    );
    expect(read.indicators[0]!.polaritas).toBe("naik");
    expect(read.indicators[0]!.polaritasInferred).toBe(false);
    expect(read.temuan.some((t) => t.kode === "POLARITAS_DITEBAK")).toBe(false);
  });

  it("takes the satuan from units written in the target cells", () => {
    const read = readWorkbook(
      pengukuran([["Rehabilitasi", "Jumlah anak terlantar yang direhabilitasi", "35 orang", "32 orang", ""]]),
    );
    expect(read.indicators[0]!.satuan).toBe("orang");
    expect(read.indicators[0]!.tahun["2024"]!.target!.parsed).toMatchObject({ value: 35 });
  });

  it("keeps both copies and reports the same quantity printed differently in two tables (seed 000: 59,87 vs 59,97)", () => {
    const read = readWorkbook(seed000Workbook().snapshot);
    const psks = read.indicators.find(
      (i) => /PSKS yang diberdayakan/i.test(i.indikator) && i.level === "sasaran",
    )!;
    expect(psks.tahun["2024"]!.realisasi!.raw).toBe("59,87 %");
    const other = psks.alternatif!.filter((a) => a.field === "realisasi" && a.tahun === "2024" && a.berbeda);
    expect(other.map((a) => a.value.raw)).toEqual(["59,97 %", "59,97%"]);
    const berbeda = read.temuan.filter(
      (t) => t.kode === "NILAI_BERBEDA_ANTAR_TABEL" && t.indicatorId === psks.id,
    );
    expect(berbeda.length).toBe(2);
    expect(berbeda[0]!.sel).toEqual([
      { sheet: "Pengukuran", cell: "E7" },
      { sheet: "Perbandingan", cell: "F6" },
    ]);
  });

  it("turns total and average rows into printed aggregates with their member cells", () => {
    const read = readWorkbook(seed002Workbook().snapshot);
    const jumlah = read.aggregates.find((a) => a.label.startsWith("Jumlah Anggaran"))!;
    expect(jumlah.kind).toBe("jumlah");
    expect(jumlah.printed.parsed).toMatchObject({ value: 57367577759 });
    expect(jumlah.members.map((m) => m.source!.cell)).toEqual(["C3", "C4", "C5", "C6", "C7"]);
    const avg = readWorkbook(
      pengukuran([
        ["Sasaran A", "Indikator satu", "10", "12", "120"],
        ["Sasaran A", "Indikator dua", "10", "8", "80"],
        ["", "Rata-rata Capaian Sasaran 1", "", "", "100"],
      ]),
    );
    expect(avg.indicators).toHaveLength(2);
    expect(avg.aggregates).toHaveLength(1);
    expect(avg.aggregates[0]!.kind).toBe("rata-rata");
    expect(avg.aggregates[0]!.members.map((m) => m.raw)).toEqual(["120", "80"]);
  });

  it("lists every year with a target or realisasi", () => {
    expect(readWorkbook(seed000Workbook().snapshot).years).toEqual([2020, 2021, 2022, 2023, 2024]);
  });
});

describe("budget hierarchy", () => {
  it("levels program → kegiatan → sub kegiatan by kode and links parents", () => {
    const read = readWorkbook(
      workbook(
        sheetOf("Anggaran", [
          ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu", "Realisasi", "%"],
          ["1.06.02", "Program Pemberdayaan Sosial", "493.800.000", "482.186.000", "97,65"],
          [
            "1.06.02.2.01",
            "Pemberdayaan Potensi Sumber Kesejahteraan Sosial Provinsi",
            "493.800.000",
            "482.186.000",
            "97,65",
          ],
          [
            "1.06.02.2.01.0001",
            "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat",
            "334.000.000",
            "328.546.000",
            "98,37",
          ],
          [
            "1.06.02.2.01.0002",
            "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan",
            "159.800.000",
            "153.640.000",
            "96,15",
          ],
          ["", "Jumlah", "493.800.000", "482.186.000", "97,65"],
        ]),
      ),
    );
    expect(read.anggaran.map((a) => [a.level, a.kode, a.parentId])).toEqual([
      ["program", "1.06.02", undefined],
      ["kegiatan", "1.06.02.2.01", "1.06.02"],
      ["subkegiatan", "1.06.02.2.01.0001", "1.06.02.2.01"],
      ["subkegiatan", "1.06.02.2.01.0002", "1.06.02.2.01"],
    ]);
    expect(read.aggregates.map((a) => a.members.length)).toEqual([1, 1]);
    expect(read.tables[0]!.columns.map((c) => c.role)).toEqual([
      "kode",
      "nama",
      "pagu",
      "realisasiAnggaran",
      "serapan",
    ]);
  });
});

describe("joining", () => {
  const pk = (rows: CellValue[][]) =>
    sheetOf("PK 2024", [["Kode", "Sasaran", "Indikator Kinerja", "Target"], ...rows]);
  const real = (rows: CellValue[][]) =>
    sheetOf("Realisasi 2024", [["Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian"], ...rows]);

  it("joins by kode first, then by normalised text", () => {
    const read = readWorkbook(
      workbook(
        pk([
          ["1.06.02.2.01", "Sasaran A", "Jumlah PSM yang dilatih", "50 orang"],
          ["", "Sasaran B", "Presentase PSKS yang diberdayakan", "57 %"],
        ]),
        real([
          [
            "Sasaran A",
            "1.06.02.2.01 Jumlah Pekerja Sosial Masyarakat terlatih",
            "50 orang",
            "50 orang",
            "100 %",
          ],
          ["Sasaran B", "Persentase  PSKS yang  diberdayakan.", "57 %", "59,87 %", "105 %"],
        ]),
      ),
    );
    expect(read.indicators).toHaveLength(2);
    expect(read.joins.filter((j) => j.tableId.startsWith("PK")).map((j) => j.method)).toEqual([
      "kode",
      "teks",
    ]);
    expect(read.indicators[0]!.kode).toBe("1.06.02.2.01");
  });

  it("joins a close spelling but flags the match as weak", () => {
    const read = readWorkbook(
      workbook(
        pk([["", "Sasaran", "Persentase PMKS yang mendapatkan manfaat pelayanan sosial", "76,5 %"]]),
        real([
          ["Sasaran", "Persentase PMKS mendapat manfaat pelayanan sosial", "76,5 %", "81,6 %", "106,6 %"],
        ]),
      ),
    );
    expect(read.indicators).toHaveLength(1);
    const link = read.joins.find((j) => j.tableId.startsWith("PK"))!;
    expect(link.method).toBe("mirip");
    expect(read.temuan.map((t) => t.kode)).toContain("PENCOCOKAN_LEMAH");
  });

  it("does not join a row that matches two indicators equally, and says so", () => {
    const read = readWorkbook(
      workbook(
        pk([["", "Sasaran", "Nilai SAKIP Dinas Sosial", "BB"]]),
        real([
          ["Sasaran", "Nilai SAKIP Dinas Sosial", "BB", "B", "100 %"],
          ["Sasaran", "Nilai SAKIP Dinas Sosial", "BB", "BB", "100 %"],
        ]),
      ),
    );
    expect(read.indicators).toHaveLength(3);
    const ganda = read.temuan.filter((t) => t.kode === "PENCOCOKAN_GANDA");
    expect(ganda).toHaveLength(1);
    expect(ganda[0]!.sel[0]!.sheet).toBe("PK 2024");
  });

  it("never joins unrelated indicators", () => {
    const read = readWorkbook(
      workbook(
        pk([["", "Sasaran", "Jumlah lansia terlantar yang mendapat permakanan", "100 orang"]]),
        real([
          [
            "Sasaran",
            "Persentase korban bencana yang terpenuhi kebutuhan dasarnya",
            "100 %",
            "100 %",
            "100 %",
          ],
        ]),
      ),
    );
    expect(read.indicators).toHaveLength(2);
    expect(read.temuan.filter((t) => t.kode.startsWith("PENCOCOKAN"))).toEqual([]);
  });
});

describe("overrides", () => {
  const snap = () => seed002Workbook().snapshot;

  it("applies a table kind, a column role and ignores a table", () => {
    const first = readWorkbook(snap());
    const pkId = first.tables.find((t) => t.kind === "pk")!.id;
    const renstraId = first.tables.find((t) => t.kind === "renstra")!.id;
    const read = readWorkbook(
      snap(),
      overrides({
        tables: {
          [pkId]: { kind: "realisasi", columns: { "1": { role: "abaikan" } } },
          [renstraId]: { abaikan: true },
        },
      }),
    );
    const pkTable = read.tables.find((t) => t.id === pkId)!;
    expect(pkTable.kind).toBe("realisasi");
    expect(pkTable.columns.find((c) => c.col === 1)).toMatchObject({ role: "abaikan", confidence: 1 });
    const ren = read.tables.find((t) => t.id === renstraId)!;
    expect(ren.abaikan).toBe(true);
    expect(ren.rowsRead).toBe(0);
    expect(read.indicators.some((i) => i.renstra)).toBe(false);
  });

  it("applies the user's join corrections", () => {
    const first = readWorkbook(snap());
    const pkTable = first.tables.find((t) => t.kind === "pk")!;
    const pkRow = pkTable.firstDataRow;
    const joined = first.joins.find((j) => j.tableId === pkTable.id && j.row === pkRow)!;
    expect(joined.method).toBe("teks");
    const apart = readWorkbook(snap(), overrides({ joins: { [`${pkTable.id}#${pkRow}`]: null } }));
    expect(apart.indicators).toHaveLength(first.indicators.length + 1);
    const other = first.indicators.find((i) => i.id !== joined.indicatorId)!;
    const moved = readWorkbook(snap(), overrides({ joins: { [`${pkTable.id}#${pkRow}`]: other.id } }));
    const link = moved.joins.find((j) => j.tableId === pkTable.id && j.row === pkRow)!;
    expect(link).toMatchObject({ indicatorId: other.id, method: "pengguna" });
  });
});

describe("state sheet name", () => {
  it("is the one the engine writes", () => {
    expect(STATE_SHEET).toBe("_CapaianKinerja");
  });
});

describe("contracts", () => {
  it("produces tables, indicators, budget lines, aggregates and temuan that the shared schemas accept", () => {
    for (const f of [seed000Workbook(), seed002Workbook()]) {
      const read = readWorkbook(f.snapshot);
      for (const t of read.tables) expect(() => TableMapping.parse(t)).not.toThrow();
      for (const i of read.indicators) expect(() => Indicator.parse(i)).not.toThrow();
      for (const a of read.anggaran) expect(() => AnggaranRow.parse(a)).not.toThrow();
      for (const a of read.aggregates) expect(() => PrintedAggregate.parse(a)).not.toThrow();
      for (const t of read.temuan) expect(() => Temuan.parse(t)).not.toThrow();
      for (const j of read.joins) expect(() => JoinLink.parse(j)).not.toThrow();
      for (const t of read.tables) for (const c of t.columns) expect(c.confidence).toBeGreaterThan(0);
    }
  });

  it("attaches a program's budget to the program-level indicator of the same name", () => {
    const iku = new SheetBuilder("IKU");
    iku.row(["NO", "PROGRAM", "SASARAN PROGRAM", "INDIKATOR PROGRAM", "TARGET 2024"]);
    iku.row([
      1,
      "Pemberdayaan sosial",
      "Meningkatkan pemberdayaan social kelembagaan masyarakat",
      "Persentase PSKS yang dibina",
      "40%",
    ]);
    const ang = sheetOf("Anggaran", [
      ["No", "Program", "Anggaran", "Realisasi", "Keterangan"],
      [1, "Program Pemberdayaan Sosial", "Rp 5.287.178.900", "Rp 5.003.538.806", "APBD"],
    ]);
    const read = readWorkbook(workbook(iku.build(), ang));
    const ind = read.indicators[0]!;
    expect(ind.level).toBe("program");
    expect(ind.anggaran?.pagu?.parsed).toMatchObject({ value: 5287178900 });
    expect(ind.anggaran?.pagu?.source).toEqual({ sheet: "Anggaran", cell: "C2" });
  });
});
