/**
 * Percent over 100 (DOMAIN.md: "a percent indicator over 100 where 100 is the maximum"): a share of a whole
 * cannot pass 100 %, a percentage of attainment against a target can ("Persentase realisasi PAD terhadap
 * target" 103,42 %). And a word target ("WTP") is named at the target, where the capaian is decided.
 */
import { compute } from "../../src/engine/compute";
import { defaultSettings } from "../../src/engine/settings";
import type { CellValue } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/reader";
import { SheetBuilder, workbook } from "../fixtures/layouts";

function run(rows: [string, string, CellValue, CellValue][]) {
  const sb = new SheetBuilder("Capaian 2024");
  sb.row(["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024"]);
  rows.forEach((r, i) => sb.row([i + 1, ...r]));
  return compute(readWorkbook(workbook(sb.build())), { ...defaultSettings(), tahun: 2024 }).temuan;
}

const over = (name: string) =>
  run([[name, "%", 100, 103.42]]).filter((t) => t.kode === "PERSEN_MELEBIHI_100");

describe("a percentage of attainment may pass 100 %", () => {
  test.each([
    "Persentase realisasi pendapatan asli daerah terhadap target",
    "Persentase realisasi PAD",
    "Persentase realisasi penerimaan retribusi daerah",
    "Persentase capaian realisasi anggaran (TEPRA)",
    "Persentase Pencapaian MCP Redaksi KPK",
    "Prosentase ketercapaian target kinerja program",
    "Persentase realisasi pajak daerah dari target",
    "Persentase produksi padi terhadap rencana",
    "2. Persentase capaian SPM bidang kesehatan",
  ])("%s: no finding at 103,42 %%", (name) => {
    expect(over(name)).toEqual([]);
  });
});

describe("a ratio of two quantities written in % may pass 100 %", () => {
  test.each([
    "Rasio kas (cash ratio)",
    "Current ratio",
    "Cost Recovery Rate (CRR)",
    "Rasio kecukupan modal (CAR)",
    "Loan to Deposit Ratio (LDR)",
    "BOPO",
    "Rasio likuiditas",
  ])("%s: no finding at 103,42 %%", (name) => {
    expect(over(name)).toEqual([]);
  });
});

describe("a share of a whole may not", () => {
  test.each([
    "Persentase pengadaaan barang milik daerah penunjang urusan perangkat daerah",
    "Persentase PPKS yang tertangani dan mendapatkan rehabilitasi kesejahteraan sosial terhadap jumlah PPKS",
    "Persentase kecamatan yang menerapkan SPIP",
    "Persentase OPD dengan capaian kinerja baik",
    "Persentase realisasi belanja daerah",
    "Persentase penduduk miskin yang menerima bantuan",
    "Rasio elektrifikasi",
    "Rasio kelulusan siswa SMA",
  ])("%s: PERSEN_MELEBIHI_100 at 103,42 %%", (name) => {
    expect(over(name)).toHaveLength(1);
  });
});

describe("a word target", () => {
  test.each([
    ["WTP", "WTP"],
    ["Wajar Tanpa Pengecualian", "wajar tanpa  pengecualian"],
    ["Opini WTP", "Opini WTP"],
  ])("%s realised as %s: TARGET_TIDAK_TERBACA at the target, the same word said", (t, r) => {
    const found = run([["Opini BPK atas LKPD", "opini", t, r]]);
    const codes = found.filter((x) => x.tingkat !== "info").map((x) => x.kode);
    expect(codes).toEqual(["TARGET_TIDAK_TERBACA"]);
    const f = found.find((x) => x.kode === "TARGET_TIDAK_TERBACA")!;
    expect(f.sel[0]).toEqual({ sheet: "Capaian 2024", cell: "D2" });
    expect(f.pesan.id).toContain("kata yang sama");
    expect(f.pesan.en).toContain("same word");
  });

  test("a different word realised: named at the target, without calling it met", () => {
    const found = run([["Opini BPK atas LKPD", "opini", "WTP", "WDP"]]);
    const f = found.filter((x) => x.kode === "TARGET_TIDAK_TERBACA");
    expect(f).toHaveLength(1);
    expect(f[0]!.pesan.id).not.toContain("kata yang sama");
    expect(found.some((x) => x.kode === "NILAI_TIDAK_TERBACA")).toBe(false);
  });

  test.each([
    ["1 : 2.500", "1 : 2.500", true],
    ["1:30", "1:30", true],
    ["1/1.000", "1/1.000", true],
    ["1 : 2.500", "1 : 2.300", false],
  ])("a ratio %s realised as %s: a notice that no capaian is computed from a ratio", (t, r, sama) => {
    const found = run([["Rasio dokter terhadap jumlah penduduk", "rasio", t, r]]);
    expect(found.filter((x) => x.tingkat !== "info")).toEqual([]);
    const f = found.filter((x) => x.kode === "TARGET_TIDAK_TERBACA");
    expect(f).toHaveLength(1);
    expect(f[0]!.sel[0]).toEqual({ sheet: "Capaian 2024", cell: "D2" });
    expect(f[0]!.pesan.id).toContain("rasio");
    expect(f[0]!.pesan.en).toContain("ratio");
    expect(f[0]!.pesan.id.includes("rasio yang sama")).toBe(sama);
  });

  test("a number target with a word realisasi: named at the realisasi", () => {
    const found = run([["Indeks Kepuasan Masyarakat", "nilai", 80, "baik"]]);
    expect(found.filter((x) => x.kode === "NILAI_TIDAK_TERBACA").map((x) => x.sel[0]?.cell)).toEqual(["E2"]);
    expect(found.some((x) => x.kode === "TARGET_TIDAK_TERBACA")).toBe(false);
  });
});
