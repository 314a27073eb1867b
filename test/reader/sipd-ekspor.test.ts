/**
 * What the SIPD exports of the Permendagri 86 forms say with their group headers: the Rp half under "Tingkat
 * Capaian Kinerja dan Realisasi Anggaran … (%)" is the serapan (a percent of the pagu), the K / Rp pairs under
 * "… Kinerja Program dan Kerangka Pendanaan" are a plan's yearly targets and funding whatever word heads them,
 * "Data Capaian pada Tahun Awal Perencanaan" is the baseline, and "Program dan Kegiatan" over rows of two
 * levels is the name column.
 */
import type { CellValue } from "../../src/engine/snapshot";
import { compute } from "../../src/engine/compute";
import { Settings } from "../../src/engine/settings";
import { readWorkbook } from "../../src/reader";
import { classifyHeader } from "../../src/reader/headers";
import { SheetBuilder, workbook } from "../fixtures/layouts";

const role = (texts: string[]) => classifyHeader(texts).role;

describe("the Rp half of a percent group is the serapan", () => {
  const groups = [
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah Tahun 2024 (%)",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran RKPD Tahun 2023 (%)",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang dievaluasi",
    "Persentase Capaian Kinerja dan Realisasi Anggaran Tahun 2024",
    "Capaian Kinerja dan Realisasi Anggaran Triwulan IV (%)",
  ];
  test.each(groups.flatMap((g) => ["Rp", "Rp.", "Anggaran", "Keuangan"].map((half) => [g, half])))(
    "%s / %s → serapan",
    (group, half) => expect(role([group, half])).toBe("serapan"),
  );
  test.each(groups)("%s / K → capaian", (group) => expect(role([group, "K"])).toBe("capaian"));

  test("rupiah groups keep their roles: realisasi in Rp, and the Renstra's own percent aside", () => {
    expect(role(["Realisasi Kinerja dan Anggaran Renja Perangkat Daerah Tahun 2024", "Rp"])).toBe(
      "realisasiAnggaran",
    );
    expect(role(["Realisasi Capaian Kinerja dan Anggaran Renja yang dievaluasi", "Rp"])).toBe(
      "realisasiAnggaran",
    );
    expect(role(["Target Kinerja dan Anggaran Renja Tahun Berjalan (2024)", "Rp"])).toBe("pagu");
    // a group that says both rupiah and percent leaves each half its own
    expect(role(["Realisasi Anggaran Tahun 2024 (Rp / %)", "Rp"])).toBe("realisasiAnggaran");
    expect(role(["Realisasi Keuangan (Rp dan %)", "Rp"])).toBe("realisasiAnggaran");
    expect(role(["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s/d Tahun 2024 (%)", "Rp"])).toBe(
      "keterangan",
    );
  });
});

/** An evaluasi Renja export: optional No column, the percent group first or last, K/Rp halves as given. */
function evaluasi(opts: { no: boolean; capaianFirst: boolean; half: string }) {
  const sb = new SheetBuilder("Evaluasi Renja");
  sb.row(["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH"]);
  sb.row(["Periode Pelaksanaan : Tahun 2024"]);
  sb.blank();
  const g = "Renja Perangkat Daerah Tahun 2024";
  const pairs: [string, number][] = [
    [`Target Kinerja dan Anggaran ${g}`, 0],
    [`Realisasi Kinerja dan Anggaran ${g}`, 1],
    [`Tingkat Capaian Kinerja dan Realisasi Anggaran ${g} (%)`, 2],
  ];
  if (opts.capaianFirst) pairs.unshift(pairs.pop()!);
  const lead = [
    ...(opts.no ? ["No"] : []),
    "Kode",
    "Program/Kegiatan/Sub Kegiatan",
    "Indikator Kinerja",
    "Satuan",
  ];
  const h = sb.row([...lead, ...pairs.flatMap(([t]) => [t, ""])]);
  sb.row([...lead.map(() => ""), ...pairs.flatMap(() => ["K", opts.half])]);
  lead.forEach((_, c) => sb.mergeDown(c, h, h + 1));
  pairs.forEach((_, k) => sb.mergeAcross(h, lead.length + 2 * k, lead.length + 2 * k + 1));
  const lines: [string, string, string, number[]][] = [
    [
      "1.06.04",
      "Program Rehabilitasi Sosial",
      "Persentase PPKS yang direhabilitasi",
      [80, 2.45e9, 84, 2.3e9, 105, 94.64],
    ],
    [
      "1.06.04.2.01",
      "Rehabilitasi Sosial Dasar",
      "Jumlah PPKS yang direhabilitasi",
      [400, 1.65e9, 410, 1.56e9, 102.5, 94.62],
    ],
  ];
  for (const [kode, nama, ind, v] of lines) {
    const byPair = [v.slice(0, 2), v.slice(2, 4), v.slice(4, 6)];
    if (opts.capaianFirst) byPair.unshift(byPair.pop()!);
    sb.row([...(opts.no ? ["1"] : []), kode, nama, ind, "%", ...byPair.flat()] as CellValue[]);
  }
  return readWorkbook(workbook(sb.build()));
}

describe("an evaluasi Renja export reads its serapan as a percent, never as a second realisasi", () => {
  test.each([
    { no: false, capaianFirst: false, half: "Rp" },
    { no: true, capaianFirst: false, half: "Rp." },
    { no: true, capaianFirst: true, half: "Rp" },
    { no: false, capaianFirst: true, half: "Keuangan" },
  ])("%o", (opts) => {
    const read = evaluasi(opts);
    expect(read.indicators.map((i) => i.anggaran?.persenTercetak?.raw)).toEqual([94.64, 94.62]);
    expect(read.indicators.map((i) => i.anggaran?.realisasi?.raw)).toEqual([2.3e9, 1.56e9]);
    const result = compute(read, Settings.parse({ tahun: 2024 }));
    expect(result.temuan.filter((t) => t.kode === "NILAI_BERBEDA_ANTAR_TABEL")).toEqual([]);
  });
});

const YEARS = [2022, 2023, 2024, 2025, 2026];

/** A Renstra "Rencana Program, Kegiatan dan Pendanaan" as SIPD exports it, its words varied. */
function renstra(opts: { plan: string; awal: string; nama: string; half: string; kode: boolean }) {
  const sb = new SheetBuilder("Renstra");
  sb.row(["Rencana Program, Kegiatan, dan Pendanaan Perangkat Daerah Tahun 2022-2026"]);
  sb.blank();
  const lead = [
    ...(opts.kode ? ["Kode"] : []),
    opts.nama,
    "Indikator Kinerja Program (outcome) dan Kegiatan (output)",
  ];
  lead.push("Satuan", opts.awal);
  const L = lead.length;
  const h = sb.row([
    ...lead,
    opts.plan,
    ...new Array<string>(9).fill(""),
    "Kondisi Kinerja pada Akhir Periode",
    "",
  ]);
  sb.row([...lead.map(() => ""), ...YEARS.flatMap((y) => [`Tahun ${y}`, ""]), "", ""]);
  sb.row([...lead.map(() => ""), ...new Array<string[]>(6).fill([opts.half, "Rp"]).flat()]);
  lead.forEach((_, c) => sb.mergeDown(c, h, h + 2));
  sb.mergeAcross(h, L, L + 9).mergeAcross(h, L + 10, L + 11);
  YEARS.forEach((_, k) => sb.mergeAcross(h + 1, L + 2 * k, L + 2 * k + 1));
  const rows: [string, string, string, string, number, number[], number][] = [
    [
      "1.06.04",
      "PROGRAM REHABILITASI SOSIAL",
      "Persentase PPKS yang direhabilitasi",
      "%",
      72,
      [74, 76, 78, 80, 82],
      85,
    ],
    [
      "1.06.04.2.01",
      "Rehabilitasi Sosial Dasar",
      "Jumlah PPKS yang direhabilitasi",
      "Orang",
      380,
      [400, 410, 420, 430, 440],
      2100,
    ],
  ];
  const at = rows.map(([kode, nama, ind, sat, awal, k, akhir]) =>
    sb.row([
      ...(opts.kode ? [kode] : []),
      nama,
      ind,
      sat,
      awal,
      ...k.flatMap((x) => [x, x * 1e7]),
      akhir,
      5e9,
    ]),
  );
  return { read: readWorkbook(workbook(sb.build())), at, L };
}

describe("a Renstra plan export: baseline, yearly targets under the funding group, the end target", () => {
  const variants = [
    {
      plan: "Capaian Kinerja Program dan Kerangka Pendanaan",
      awal: "Data Capaian pada Tahun Awal Perencanaan (2021)",
    },
    { plan: "Target Kinerja Program dan Kerangka Pendanaan", awal: "Kondisi Kinerja Awal (2021)" },
    { plan: "Capaian Kinerja dan Pendanaan Indikatif", awal: "Capaian Tahun Awal Perencanaan 2021" },
  ];
  test.each(
    variants.flatMap((v) => [
      { ...v, nama: "Program dan Kegiatan", half: "K", kode: true },
      { ...v, nama: "Program/Kegiatan", half: "Target", kode: false },
    ]),
  )("%o", (opts) => {
    const { read, at, L } = renstra(opts);
    expect(read.tables[0]?.kind).toBe("renstra");
    const [rate, count] = read.indicators;
    expect(rate?.renstra?.baseline?.raw).toBe(72);
    expect(YEARS.map((y) => count?.renstra?.targets[String(y)]?.raw)).toEqual([400, 410, 420, 430, 440]);
    expect(rate?.renstra?.akhir?.raw).toBe(85);
    const result = compute(read, Settings.parse({ tahun: 2024 }));
    // the rate's end target is not its last year's (82); the count's is the sum of its years
    const akhir = result.temuan.filter((t) => t.kode === "TARGET_AKHIR_TIDAK_SESUAI");
    expect(akhir.map((t) => t.sel[0]?.cell)).toEqual([`${String.fromCharCode(65 + L + 10)}${at[0]! + 1}`]);
  });
});

describe("'Program dan Kegiatan' is the name column when its rows are of two levels", () => {
  const plan = {
    plan: "Target Kinerja Program dan Kerangka Pendanaan",
    awal: "Kondisi Awal",
    half: "K",
    kode: true,
  };
  test.each(["Program dan Kegiatan", "Program, Kegiatan dan Sub Kegiatan", "Nama Program dan Kegiatan"])(
    "%s over a program and its kegiatan → nama, each row's level its code's",
    (nama) => {
      const { read } = renstra({ ...plan, nama });
      expect(read.tables[0]?.columns.find((c) => c.header.startsWith(nama))?.role).toBe("nama");
      expect(read.indicators.map((i) => i.level)).toEqual(["program", "kegiatan"]);
    },
  );

  test("over programs only the column stays a column of programs", () => {
    const sb = new SheetBuilder("IKU");
    sb.row(["Kode", "Program dan Kegiatan", "Indikator Program", "Target 2024", "Target 2025"]);
    sb.row(["1.06.04", "Program Rehabilitasi Sosial", "Persentase PPKS yang direhabilitasi", 78, 80]);
    sb.row(["1.06.05", "Program Perlindungan Sosial", "Persentase keluarga miskin terlindungi", 75, 78]);
    const read = readWorkbook(workbook(sb.build()));
    expect(read.tables[0]?.columns.find((c) => c.col === 1)?.role).toBe("program");
  });
});
