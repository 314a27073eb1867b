/**
 * Golden sentences of the draft narrative: the sample workbook (seed 002, Dinas Sosial Kabupaten
 * Bengkalis 2023) through the whole pipeline, seed 000's Tabel 3.2 rows through the engine, and a
 * lower-is-better indicator with a history, a Renstra and a national standard.
 */
import { buildNarasi, ISIAN, teksNarasi, teksParagraf, type NarasiTabel } from "../../src/engine/narrative";
import type { Bahasa } from "../../src/engine/format";
import type { ComputeResult } from "../../src/engine/result";
import type { Settings } from "../../src/engine/settings";
import { runCapaian } from "../../src/pipeline/run";
import { createXlsxGateway } from "../../src/xlsx/gateway";
import { settings } from "../engine/helpers";
import { sampleBuffer } from "../xlsx/workbooks";
import { kemiskinan, seed000 } from "./fixtures";

jest.setTimeout(120_000);

function paragraphs(narasi: NarasiTabel[], nomor: string, b: Bahasa = "id"): string[] {
  const n = narasi.find((x) => x.nomor === nomor);
  if (!n) throw new Error(`no narrative for Tabel ${nomor}`);
  return n.paragraf.map((p) => teksParagraf(p, b));
}

describe("narrative of the sample workbook (seed 002)", () => {
  let result: ComputeResult;
  let s: Settings;
  let narasi: NarasiTabel[];
  beforeAll(async () => {
    const out = await runCapaian(
      createXlsxGateway({ input: await sampleBuffer(), onOutput: () => undefined }),
      { tulis: false },
    );
    if (!out.ok) throw new Error("refused");
    result = out.result;
    s = out.settings;
    narasi = buildNarasi(result, s, "Dinas Sosial Kabupaten Bengkalis");
  });

  test("Tabel 3.1: realisasi against target, capaian and predikat, the sasaran average, the agency", () => {
    const p = paragraphs(narasi, "3.1");
    expect(p).toContain(
      "Indikator “Persentase PPKS Mandiri” pada tahun 2023 ditargetkan 3,25 % dan terealisasi 3,63 %. Capaian kinerjanya 111,69 %, sehingga target terlampaui, dengan predikat “Sangat Baik”.",
    );
    expect(p).toContain(
      "Indikator “Persentase PPKS yang memperoleh jaminan sosial” pada tahun 2023 ditargetkan 88 % dan terealisasi 86,81 %. Capaian kinerjanya 98,65 %, sehingga target belum tercapai, dengan predikat “Baik”.",
    );
    expect(p).toContain(
      "Indikator “Predikat Akuntabilitas Kinerja Perangkat Daerah” pada tahun 2023 ditargetkan BB dan terealisasi BB. Capaian kinerjanya 100 %, sehingga target tercapai, dengan predikat “Baik”.",
    );
    expect(p).toContain(
      "Indikator “Jumlah Fakir Miskin” pada tahun 2023 ditargetkan 16.013 dan terealisasi 16.013. Capaian kinerjanya 100 %, sehingga target tercapai, dengan predikat “Baik”.",
    );
    expect(p).toContain(
      "Rata-rata capaian sasaran “Meningkatnya layanan yang berkualitas oleh pelaku penyelenggara kesejahteraan sosial yang profesional” adalah 112,72 % dengan predikat “Sangat Baik”.",
    );
    expect(p[p.length - 1]).toBe(
      "Secara keseluruhan, capaian kinerja Dinas Sosial Kabupaten Bengkalis tahun 2023 (rata-rata capaian sasaran) adalah 104,94 % dengan predikat “Sangat Baik”.",
    );
  });

  test("Tabel 3.1: one placeholder per sasaran group, in both languages", () => {
    const n = narasi.find((x) => x.nomor === "3.1")!;
    const isian = n.paragraf.filter((p) => p.jenis === "isian");
    const groups = new Set(n.paragraf.filter((p) => p.jenis === "indikator").map((p) => p.sasaran));
    expect(isian).toHaveLength(groups.size);
    for (const p of isian) expect(p.kalimat).toEqual([ISIAN]);
    expect(teksNarasi(n, "id")).toContain("[Faktor pendukung: …] [Faktor penghambat: …] [Upaya: …]");
    expect(teksNarasi(n, "en")).toContain(
      "[Supporting factors: …] [Inhibiting factors: …] [Actions taken: …]",
    );
  });

  test("Tabel 3.2: naik/turun/tetap with the change in the indicator's unit", () => {
    const p = paragraphs(narasi, "3.2");
    expect(p).toContain(
      "Realisasi “Persentase PPKS Mandiri” naik dari 2,7 % pada tahun 2022 menjadi 3,63 % pada tahun 2023 (bertambah 0,93 poin persen). Menurut polaritasnya, kinerjanya naik (membaik). Capaian kinerjanya 100 % pada tahun 2022 dan 111,69 % pada tahun 2023.",
    );
    expect(p).toContain(
      "Realisasi “Jumlah PPKS Mandiri” naik dari 455 KK pada tahun 2022 menjadi 581 KK pada tahun 2023 (bertambah 126 KK). Menurut polaritasnya, kinerjanya naik (membaik). Capaian kinerjanya 100 % pada tahun 2022 dan 111,52 % pada tahun 2023.",
    );
    expect(p).toContain(
      "Realisasi “Persentase peningkatan PSKS kelembagaan terakreditasi” tetap 76,92 % pada tahun 2022 dan 2023. Menurut polaritasnya, kinerjanya tetap.",
    );
    expect(p).toContain(
      "Realisasi “Predikat Akuntabilitas Kinerja Perangkat Daerah” berubah dari B pada tahun 2022 menjadi BB pada tahun 2023. Menurut polaritasnya, kinerjanya naik (membaik). Capaian kinerjanya 80 % pada tahun 2022 dan 100 % pada tahun 2023.",
    );
  });

  test("Tabel 3.3: progress against the Renstra end target, or why there is none", () => {
    const p = paragraphs(narasi, "3.3");
    expect(p).toContain(
      "Target Renstra “Jumlah PPKS Mandiri” untuk tahun 2023 adalah 390 KK dengan realisasi 581 KK. Sampai dengan tahun 2023, progres terhadap target akhir Renstra 2021–2026 sebesar 500 KK adalah 116,2 %, sehingga target akhir Renstra telah tercapai.",
    );
    expect(p).toContain(
      "Target Renstra “Persentase PSKS yang tersertifikasi/akreditasi” untuk tahun 2023 adalah 62 %; realisasinya belum ada data. Progres terhadap target akhir Renstra 2021–2026 sebesar 75 % belum dapat dihitung karena realisasinya belum ada data.",
    );
  });

  test("Tabel 3.4 without any national standard says so", () => {
    expect(paragraphs(narasi, "3.4")).toEqual([
      "Tidak ada standar nasional untuk indikator kinerja tahun 2023, sehingga perbandingan dengan standar nasional tidak dibuat.",
    ]);
  });

  test("Tabel 3.5 and 3.6: pagu, realisasi, serapan, efisiensi by the convention, the Jumlah the table prints", () => {
    const ef = paragraphs(narasi, "3.5");
    expect(ef).toContain(
      "Anggaran sasaran “Meningkatnya PPKS Mandiri” dengan pagu Rp44.416.379.200 terealisasi Rp42.277.199.383 (serapan 95,18 %). Dengan capaian kinerja 111,69 %, efisiensinya 16,51 poin persen (capaian − serapan), kategori “Efisien”.",
    );
    expect(ef).toContain(
      "Anggaran “Program Rehabilitasi Sosial” dengan pagu Rp2.307.015.800 terealisasi Rp1.985.793.260 (serapan 86,08 %). Capaian kinerjanya tidak tersedia, sehingga efisiensinya tidak dinilai.",
    );
    expect(paragraphs(narasi, "3.6")).toEqual([
      "Pagu anggaran seluruh program tahun 2023 sebesar Rp57.367.577.759 terealisasi Rp54.372.043.255 (94,78 %), dengan sisa anggaran Rp2.995.534.504. Serapan terendah pada “Program Rehabilitasi Sosial” (86,08 %) dan tertinggi pada “Program Perlindungan dan Jaminan Sosial” (96,15 %).",
    ]);
  });

  test("English: the same numbers with English separators", () => {
    expect(paragraphs(narasi, "3.1", "en")).toContain(
      "Indicator “Jumlah Fakir Miskin” had a 2023 target of 16,013 and a realisasi of 16,013. Its capaian is 100 %, so the target was met, graded “Baik”.",
    );
    expect(paragraphs(narasi, "3.6", "en")[0]).toMatch(
      /^The 2023 pagu of all programs, Rp57,367,577,759, was spent Rp54,372,043,255 \(94\.78 %\), leaving Rp2,995,534,504\./,
    );
  });

  test("the settings' decimals are the text's decimals", () => {
    const one = buildNarasi(result, { ...s, desimal: 1 });
    expect(paragraphs(one, "3.1")).toContain(
      "Indikator “Persentase PPKS Mandiri” pada tahun 2023 ditargetkan 3,3 % dan terealisasi 3,6 %. Capaian kinerjanya 111,7 %, sehingga target terlampaui, dengan predikat “Sangat Baik”.",
    );
  });
});

describe("narrative of seed 000 and of a lower-is-better indicator", () => {
  test("seed 000 Tabel 3.2: a letter grade below target is not called tercapai", () => {
    const p = paragraphs(buildNarasi(seed000(), settings()), "3.1");
    expect(p).toContain(
      "Indikator “Persentase PMKS yang tertangani” pada tahun 2024 ditargetkan 76,5 % dan terealisasi 81,6 %. Capaian kinerjanya 106,67 %, sehingga target terlampaui, dengan predikat “Sangat Baik”.",
    );
    expect(p).toContain(
      "Indikator “Nilai SaKIP Dinas Sosial” pada tahun 2024 ditargetkan BB dan terealisasi B. Capaian kinerjanya 80 %, sehingga target belum tercapai, dengan predikat “Baik”.",
    );
  });

  test("a fall of a lower-is-better indicator is an improvement", () => {
    const narasi = buildNarasi(kemiskinan(), settings());
    expect(paragraphs(narasi, "3.2")).toEqual([
      "Realisasi “Angka kemiskinan” turun dari 14 % pada tahun 2023 menjadi 13,1 % pada tahun 2024 (berkurang 0,9 poin persen). Karena indikator ini makin rendah makin baik, kinerjanya naik (membaik). Capaian kinerjanya 96,3 % pada tahun 2023 dan 95,2 % pada tahun 2024.",
    ]);
    expect(paragraphs(narasi, "3.1")).toContain(
      "Indikator “Angka kemiskinan” pada tahun 2024 ditargetkan 12,5 % dan terealisasi 13,1 %. Indikator ini makin rendah makin baik: realisasi di bawah target berarti kinerja melampaui target. Capaian kinerjanya 95,2 %, sehingga target belum tercapai, dengan predikat “Baik”.",
    );
  });

  test("missing realisasi is said, never computed; the national standard where there is one", () => {
    const narasi = buildNarasi(kemiskinan(), settings());
    expect(paragraphs(narasi, "3.1")).toContain(
      "Indikator “Persentase lansia terlantar yang tertangani” pada tahun 2024 ditargetkan 80 %; realisasinya belum ada data. Capaian kinerjanya belum dapat dihitung.",
    );
    expect(paragraphs(narasi, "3.4")).toEqual([
      "Dibandingkan standar nasional 9,5 %, realisasi daerah indikator “Angka kemiskinan” sebesar 13,1 % mencapai 62,11 % dari standar tersebut.",
      "Indikator kinerja lainnya tidak memiliki standar nasional.",
    ]);
    expect(paragraphs(narasi, "3.3")).toEqual([
      "Target Renstra “Angka kemiskinan” untuk tahun 2024 adalah 12,5 % dengan realisasi 13,1 %. Sampai dengan tahun 2024, progres terhadap target akhir Renstra 2021–2026 sebesar 11 % adalah 80,91 %, sehingga target akhir Renstra belum tercapai.",
    ]);
  });

  test("only the tables the settings ask for, in report order", () => {
    const narasi = buildNarasi(kemiskinan(), settings({ tabel: ["3.3", "3.1"] }));
    expect(narasi.map((n) => n.nomor)).toEqual(["3.1", "3.3"]);
  });
});
