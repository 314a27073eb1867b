/**
 * Triwulan → year per indicator: counts sum, rates take the last quarter reported, the user's choice wins,
 * and the workbook setting applies only where nothing decides.
 */
import { compute } from "../../src/engine/compute";
import type { Polaritas, SourcedValue } from "../../src/engine/model";
import type { AgregasiTriwulan } from "../../src/engine/settings";
import { StoredState } from "../../src/engine/state";
import { pilihAgregasi } from "../../src/engine/triwulan";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts/build";
import { indicator, settings, sv } from "./helpers";

const defaults = { agregasiTriwulan: "akhir" as const, agregasiTriwulanPer: {} };

describe("pilihAgregasi: the decision table", () => {
  type Row = [
    indikator: string,
    satuan: string,
    polaritas: Polaritas,
    cells: string[],
    mode: string,
    sumber: string,
  ];
  it.each<Row>([
    // the satuan column decides first
    ["Jumlah PPKS yang mendapatkan bantuan permakanan", "orang", "naik", [], "kumulatif", "satuan"],
    ["Jumlah KPM yang memperoleh bantuan sosial sembako", "KPM/keluarga", "naik", [], "kumulatif", "satuan"],
    ["Korban bencana - DUKUNGAN PSIKOSOSIAL", "KK/ JIWA", "naik", [], "kumulatif", "satuan"],
    ["Jumlah Laporan Penyediaan Jasa Surat Menyurat", "Lap", "naik", [], "kumulatif", "satuan"],
    ["Jumlah Dokumen Perencanaan Perangkat Daerah", "Dokumen", "naik", [], "kumulatif", "satuan"],
    ["Jumlah Paket Bahan Logistik Kantor yang Disediakan", "paket", "naik", [], "kumulatif", "satuan"],
    ["Jumlah Unit Kendaraan Dinas Operasional", "unit", "naik", [], "kumulatif", "satuan"],
    ["Jumlah monitoring pemutakhiran data DTKS", "Kab/Kota", "naik", [], "kumulatif", "satuan"],
    ["Jumlah bimbingan teknis", "kali", "naik", [], "kumulatif", "satuan"],
    ["Jumlah kegiatan sosialisasi", "kegiatan", "naik", [], "kumulatif", "satuan"],
    ["Realisasi PAD", "Rp", "naik", [], "kumulatif", "satuan"],
    [
      "Persentase kejadian bencana alam dan sosial yang ditanggulangi",
      "orang",
      "naik",
      [],
      "kumulatif",
      "satuan",
    ],
    ["Persentase PMKS yang tertangani", "%", "naik", [], "akhir", "satuan"],
    ["Jumlah Nilai", "nilai", "naik", [], "akhir", "satuan"],
    ["Indeks Profesionalisme ASN", "indeks", "naik", [], "akhir", "satuan"],
    ["Angka Kematian Bayi", "per 1.000 kelahiran hidup", "turun", [], "akhir", "satuan"],
    ["Rasio PSKS terhadap PMKS", "rasio", "naik", [], "akhir", "satuan"],
    ["Tingkat kepuasan masyarakat", "skor", "naik", [], "akhir", "satuan"],
    ["Angka kemiskinan", "persen", "turun", [], "akhir", "satuan"],
    ["PSKS yang sudah tersertifikasi - Tagana", "Disabilitas Mental", "naik", [], "kumulatif", "satuan"],
    ["Kategori inovasi OPD", "kategori", "naik", [], "akhir", "satuan"],
    // a letter grade, an index or a range is a level whatever its satuan says
    ["Nilai SAKIP Dinas Sosial", "", "huruf", [], "akhir", "polaritas"],
    ["Jumlah nilai IKM", "orang", "indeks", [], "akhir", "polaritas"],
    ["Inflasi", "", "rentang", [], "akhir", "polaritas"],
    // the quarter cells' own unit, when the satuan column is silent
    ["Capaian PPKS Mandiri", "", "naik", ["3,1 %", "3,2 %"], "akhir", "nilai"],
    ["Penerima PKH", "", "naik", ["120 KPM", "95 KPM"], "kumulatif", "nilai"],
    ["Bantuan permakanan", "-", "naik", ["35 orang"], "kumulatif", "nilai"],
    // the wording
    ["Jumlah orang yang dipulangkan ke daerah asal", "", "naik", ["4", "6"], "kumulatif", "kata"],
    ["1. Jumlah sandang yang disediakan", "", "naik", [], "kumulatif", "kata"],
    ["Total PPKS terlantar tertangani", "", "naik", [], "kumulatif", "kata"],
    ["Persentase temuan BPK yang ditindaklanjuti", "", "naik", ["50", "100"], "akhir", "kata"],
    ["Presentase PSKS yang diberdayakan", "", "naik", [], "akhir", "kata"],
    ["Indeks Keterbukaan Informasi Publik OPD", "", "naik", [], "akhir", "kata"],
    ["Nilai LPPD", "", "naik", [], "akhir", "kata"],
    ["Tingkat Pengangguran Terbuka", "", "turun", [], "akhir", "kata"],
    ["Angka Partisipasi Sekolah", "", "naik", [], "akhir", "kata"],
    ["Rasio guru terhadap murid", "", "naik", [], "akhir", "kata"],
    ["Cakupan pelayanan kesehatan dasar", "", "naik", [], "akhir", "kata"],
    ["Prevalensi stunting", "", "turun", [], "akhir", "kata"],
    // nothing decides: the workbook setting
    ["Pemberian Pelayanan Reunifikasi Keluarga", "", "naik", ["2", "3"], "akhir", "bawaan"],
    ["Lama waktu penyelesaian pengaduan", "hari", "turun", [], "akhir", "bawaan"],
  ])("%s [%s, %s, %j] → %s (%s)", (indikator, satuan, polaritas, cells, mode, sumber) => {
    const quarters: SourcedValue[] = cells.map((c) => sv(c));
    const p = pilihAgregasi({ id: "x", indikator, satuan }, polaritas, quarters, defaults);
    expect([p.mode, p.sumber]).toEqual([mode, sumber]);
    expect(p.alasan.id.length).toBeGreaterThan(10);
    expect(p.alasan.en.length).toBeGreaterThan(10);
  });

  it("the workbook setting is the default only where nothing decides", () => {
    const kum = { agregasiTriwulan: "kumulatif" as const, agregasiTriwulanPer: {} };
    expect(pilihAgregasi({ id: "x", indikator: "Pemberian layanan" }, "naik", [], kum).mode).toBe(
      "kumulatif",
    );
    expect(pilihAgregasi({ id: "x", indikator: "Persentase layanan" }, "naik", [], kum).mode).toBe("akhir");
  });

  it("the user's choice wins over everything, rasio included", () => {
    const per = { agregasiTriwulan: "akhir" as const, agregasiTriwulanPer: { x: "rasio" as const } };
    const p = pilihAgregasi({ id: "x", indikator: "Jumlah orang", satuan: "orang" }, "huruf", [], per);
    expect(p).toMatchObject({ mode: "rasio", sumber: "pengguna" });
    expect(p.alasan.id).toMatch(/^Dipilih pengguna/);
  });

  it("never chooses rasio by itself: no table gives the quarters' denominators", () => {
    for (const indikator of ["Rasio ketergantungan", "Rasio PSKS", "Persentase rasio"])
      expect(pilihAgregasi({ id: "x", indikator }, "naik", [], defaults).mode).not.toBe("rasio");
  });
});

/** A realisasi table whose year is only in its quarters, as many OPD keep their monthly recap. */
function quarterlyWorkbook() {
  const s = new SheetBuilder("Realisasi 2024");
  s.row(["Pengukuran Kinerja Tahun 2024"]);
  s.row(["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "", "", ""]);
  s.row(["", "", "", "", "", "TW I", "TW II", "TW III", "TW IV"]);
  s.merge("F2:I2");
  const sasaran = "Meningkatnya pelayanan kesejahteraan sosial";
  s.row([1, sasaran, "Jumlah PPKS yang mendapatkan bantuan permakanan", "orang", 400, 90, 110, 100, 120]);
  s.row([2, sasaran, "Persentase PMKS yang tertangani", "%", 75, 60, 66, 71, 78]);
  s.row([3, sasaran, "Pemberian Pelayanan Reunifikasi Keluarga", "", 10, 2, 3, 1, 4]);
  return workbook(s.build());
}

describe("a workbook with quarterly realisasi", () => {
  const read = readWorkbook(quarterlyWorkbook());
  const byName = (res: ReturnType<typeof compute>, start: string) =>
    res.indikator.find((r) => r.indikator.startsWith(start))!;

  it("sums a count's quarters and takes a percentage's last quarter, saying why", () => {
    expect(read.indicators).toHaveLength(3);
    const res = compute(read, settings());
    const orang = byName(res, "Jumlah PPKS");
    expect(orang).toMatchObject({ target: 400, realisasi: 420, capaian: 105 });
    expect(orang.agregasiTriwulan).toMatchObject({ mode: "kumulatif", sumber: "satuan", dipakai: true });
    expect(orang.agregasiTriwulan!.alasan.id).toContain('"orang"');
    const persen = byName(res, "Persentase PMKS");
    expect(persen).toMatchObject({ target: 75, realisasi: 78, capaian: 104 });
    expect(persen.agregasiTriwulan).toMatchObject({ mode: "akhir", sumber: "satuan", dipakai: true });
    // nothing decides: the workbook setting (akhir by default)
    const lain = byName(res, "Pemberian");
    expect(lain).toMatchObject({ realisasi: 4, capaian: 40 });
    expect(lain.agregasiTriwulan).toMatchObject({ mode: "akhir", sumber: "bawaan" });
  });

  it("the workbook-wide setting moves only the undecided indicator", () => {
    const res = compute(read, settings({ agregasiTriwulan: "kumulatif" }));
    expect(byName(res, "Jumlah PPKS").realisasi).toBe(420);
    expect(byName(res, "Persentase PMKS").realisasi).toBe(78);
    expect(byName(res, "Pemberian")).toMatchObject({ realisasi: 10, capaian: 100 });
  });

  it("the user's per-indicator choice wins", () => {
    const ids = Object.fromEntries(read.indicators.map((i) => [i.indikator.split(" ")[0]!, i.id]));
    const per: Record<string, AgregasiTriwulan> = { [ids.Jumlah!]: "akhir", [ids.Persentase!]: "rata-rata" };
    const res = compute(read, settings({ agregasiTriwulanPer: per }));
    expect(byName(res, "Jumlah PPKS")).toMatchObject({ realisasi: 120, capaian: 30 });
    expect(byName(res, "Jumlah PPKS").agregasiTriwulan).toMatchObject({ mode: "akhir", sumber: "pengguna" });
    expect(byName(res, "Persentase PMKS").realisasi).toBeCloseTo((60 + 66 + 71 + 78) / 4, 12);
  });

  it("the choice is stored in the workbook with the other settings", () => {
    const stored = StoredState.parse(
      JSON.parse(JSON.stringify({ versi: 1, settings: { agregasiTriwulanPer: { a: "kumulatif" } } })),
    );
    expect(stored.settings.agregasiTriwulanPer).toEqual({ a: "kumulatif" });
    expect(() => settings({ agregasiTriwulanPer: { a: "jumlah" as AgregasiTriwulan } })).toThrow();
  });
});

describe("quarters and yearly cells together", () => {
  const tw = (xs: string[]): Array<SourcedValue | null> => xs.map((x, i) => (x ? sv(x, `Q${i}`) : null));

  it("a yearly realisasi is kept; the choice is still shown, marked not used", () => {
    const ind = indicator({
      id: "y",
      indikator: "Jumlah lansia terlantar yang direhabilitasi",
      satuan: "orang",
      tahun: {
        "2024": {
          target: sv("40"),
          realisasi: sv("38"),
          triwulan: { realisasi: tw(["9", "10", "9", "10"]) },
        },
      },
    });
    const row = compute({ indicators: [ind], anggaran: [], aggregates: [], temuan: [] }, settings())
      .indikator[0]!;
    expect(row.realisasi).toBe(38);
    expect(row.agregasiTriwulan).toMatchObject({ mode: "kumulatif", dipakai: false });
  });

  it("an indicator without quarters carries no choice", () => {
    const ind = indicator({ id: "n", tahun: { "2024": { target: sv("10"), realisasi: sv("9") } } });
    const row = compute({ indicators: [ind], anggaran: [], aggregates: [], temuan: [] }, settings())
      .indikator[0]!;
    expect(row.agregasiTriwulan).toBeUndefined();
  });

  it("quarterly targets follow the same choice: a count's targets sum too", () => {
    const ind = indicator({
      id: "t",
      indikator: "Jumlah dokumen perencanaan",
      satuan: "dokumen",
      tahun: {
        "2024": { triwulan: { target: tw(["1", "1", "1", "1"]), realisasi: tw(["1", "1", "1", ""]) } },
      },
    });
    const row = compute({ indicators: [ind], anggaran: [], aggregates: [], temuan: [] }, settings())
      .indikator[0]!;
    expect(row).toMatchObject({ target: 4, realisasi: 3, capaian: 75 });
  });
});
