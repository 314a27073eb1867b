/**
 * Under Tabel 3.1: per sasaran its average, per indicator realisasi against target and the capaian
 * with its predikat, the placeholder for the causes, and the agency's average last. The rows are the
 * table's rows (same grouping, same filter), so the text never speaks of an indicator the table omits.
 */
import type { Pesan } from "../model";
import type { IndicatorResult, SasaranResult } from "../result";
import { diukurTahunIni, groupBySasaran, type TableContext } from "../tables/context";
import { duaBahasa, isNum, kutip, nilai, persen, usable } from "./angka";
import type { ParagrafNarasi } from "./types";

/** The marked placeholder the user replaces with the causes of success or failure and what was done. */
export const ISIAN: Pesan = {
  id: "[Faktor pendukung: …] [Faktor penghambat: …] [Upaya: …]",
  en: "[Supporting factors: …] [Inhibiting factors: …] [Actions taken: …]",
};

function targetRealisasi(r: IndicatorResult, tahun: number, d: number): Pesan {
  const nama = kutip(r.indikator);
  const { target, realisasi } = r;
  if (usable(target) && usable(realisasi)) {
    const t = nilai(target, r.satuan, d);
    const re = nilai(realisasi, r.satuan, d);
    return duaBahasa((b) =>
      b === "id"
        ? `Indikator ${nama} pada tahun ${tahun} ditargetkan ${t.id} dan terealisasi ${re.id}.`
        : `Indicator ${nama} had a ${tahun} target of ${t.en} and a realisasi of ${re.en}.`,
    );
  }
  if (usable(realisasi)) {
    const re = nilai(realisasi, r.satuan, d);
    return duaBahasa((b) =>
      b === "id"
        ? `Indikator ${nama} pada tahun ${tahun} terealisasi ${re.id}, tetapi targetnya tidak tersedia.`
        : `Indicator ${nama} had a ${tahun} realisasi of ${re.en}, but no target.`,
    );
  }
  if (usable(target)) {
    const t = nilai(target, r.satuan, d);
    return duaBahasa((b) =>
      b === "id"
        ? `Indikator ${nama} pada tahun ${tahun} ditargetkan ${t.id}; realisasinya belum ada data.`
        : `Indicator ${nama} had a ${tahun} target of ${t.en}; its realisasi has no data yet.`,
    );
  }
  return duaBahasa((b) =>
    b === "id"
      ? `Indikator ${nama} belum memiliki target maupun realisasi tahun ${tahun}.`
      : `Indicator ${nama} has neither a target nor a realisasi for ${tahun}.`,
  );
}

const TURUN: Pesan = {
  id: "Indikator ini makin rendah makin baik: realisasi di bawah target berarti kinerja melampaui target.",
  en: "For this indicator lower is better: a realisasi below target means performance beyond target.",
};

const TANPA_CAPAIAN: Record<Exclude<IndicatorResult["status"], "dihitung">, Pesan> = {
  "tanpa-target": {
    id: "Capaian kinerjanya tidak dihitung karena targetnya tidak ada atau nol.",
    en: "Its capaian is not computed because the target is missing or zero.",
  },
  "belum-ada-data": {
    id: "Capaian kinerjanya belum dapat dihitung.",
    en: "Its capaian cannot be computed yet.",
  },
  "tidak-terbaca": {
    id: "Capaian kinerjanya tidak dihitung karena sebuah nilainya tidak terbaca (lihat Lampiran Temuan).",
    en: "Its capaian is not computed because one of its values could not be read (see the Findings appendix).",
  },
};

function capaianKalimat(r: IndicatorResult, d: number): Pesan {
  if (!isNum(r.capaian)) return TANPA_CAPAIAN[r.status === "dihitung" ? "belum-ada-data" : r.status];
  const c = persen(r.capaian, d);
  const idHasil = r.capaian > 100 ? "terlampaui" : r.capaian >= 100 ? "tercapai" : "belum tercapai";
  const enHasil = r.capaian > 100 ? "exceeded" : r.capaian >= 100 ? "met" : "not met";
  const pred = r.predikat ? kutip(r.predikat) : null;
  return duaBahasa((b) =>
    b === "id"
      ? `Capaian kinerjanya ${c.id}, sehingga target ${idHasil}${pred ? `, dengan predikat ${pred}` : ""}.`
      : `Its capaian is ${c.en}, so the target was ${enHasil}${pred ? `, graded ${pred}` : ""}.`,
  );
}

function indikatorParagraf(r: IndicatorResult, tahun: number, d: number): ParagrafNarasi {
  const kalimat = [targetRealisasi(r, tahun, d)];
  if (r.polaritas === "turun") kalimat.push(TURUN);
  kalimat.push(capaianKalimat(r, d));
  return { jenis: "indikator", indicatorId: r.indicatorId, sasaran: r.sasaran, kalimat };
}

function sasaranParagraf(nama: string, s: SasaranResult | undefined, d: number): ParagrafNarasi {
  const q = kutip(nama);
  if (!s || !isNum(s.capaian)) {
    return {
      jenis: "sasaran",
      sasaran: nama,
      kalimat: [
        {
          id: `Capaian sasaran ${q} belum dapat dihitung karena tidak ada indikatornya yang capaiannya dapat dihitung.`,
          en: `The capaian of sasaran ${q} cannot be computed: none of its indicators has a capaian.`,
        },
      ],
    };
  }
  const c = persen(s.capaian, d);
  const pred = s.predikat ? kutip(s.predikat) : null;
  return {
    jenis: "sasaran",
    sasaran: nama,
    kalimat: [
      duaBahasa((b) =>
        b === "id"
          ? `Rata-rata capaian sasaran ${q} adalah ${c.id}${pred ? ` dengan predikat ${pred}` : ""}.`
          : `The average capaian of sasaran ${q} is ${c.en}${pred ? `, graded ${pred}` : ""}.`,
      ),
    ],
  };
}

function opdParagraf(ctx: TableContext): ParagrafNarasi | null {
  const { opd, tahun } = ctx.result;
  if (!isNum(opd.capaian)) return null;
  const c = persen(opd.capaian, ctx.settings.desimal);
  const pred = opd.predikat ? kutip(opd.predikat) : null;
  return {
    jenis: "opd",
    kalimat: [
      duaBahasa((b) =>
        b === "id"
          ? `Secara keseluruhan, capaian kinerja ${ctx.opd ?? "perangkat daerah"} tahun ${tahun} (rata-rata capaian sasaran) adalah ${c.id}${pred ? ` dengan predikat ${pred}` : ""}.`
          : `Overall, the ${tahun} capaian of ${ctx.opd ?? "the agency"} (the average of its sasaran) is ${c.en}${pred ? `, graded ${pred}` : ""}.`,
      ),
    ],
  };
}

export function narasiPengukuran(ctx: TableContext): ParagrafNarasi[] {
  const { result, settings } = ctx;
  const d = settings.desimal;
  const perSasaran = new Map(result.sasaran.map((s) => [s.sasaran, s]));
  const out: ParagrafNarasi[] = [];
  for (const g of groupBySasaran(ctx, diukurTahunIni)) {
    // indicators that name no sasaran have no sasaran average (as in the table)
    if (g.sasaran.trim() !== "") out.push(sasaranParagraf(g.sasaran, perSasaran.get(g.sasaran), d));
    for (const r of g.rows) out.push(indikatorParagraf(r, result.tahun, d));
    out.push({ jenis: "isian", sasaran: g.sasaran, kalimat: [ISIAN] });
  }
  if (out.length === 0) {
    return [
      {
        jenis: "catatan",
        kalimat: [
          {
            id: `Belum ada indikator yang terbaca untuk tahun ${result.tahun}.`,
            en: `No indicator was read for ${result.tahun}.`,
          },
        ],
      },
    ];
  }
  const opd = opdParagraf(ctx);
  if (opd) out.push(opd);
  return out;
}
