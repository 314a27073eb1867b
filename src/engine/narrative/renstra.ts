/**
 * Under Tabel 3.3 and 3.4: progress against the Renstra end target, and the realisasi against the
 * national standard where there is one ("jika ada"; otherwise the text says there is none).
 */
import type { Pesan } from "../model";
import type { PerbandinganNasional, PerbandinganRenstra } from "../result";
import { diukurTahunIni, indicatorName, satuanOf, type TableContext } from "../tables/context";
import { duaBahasa, isNum, kutip, nilai, persen, usable } from "./angka";
import type { ParagrafNarasi } from "./types";

function targetTahunIni(
  r: PerbandinganRenstra,
  tahun: number,
  satuan: string | null,
  d: number,
  nama: string,
): Pesan | null {
  const row = r.perTahun.find((t) => t.tahun === tahun);
  if (!row || !usable(row.target)) return null;
  const t = nilai(row.target, satuan, d);
  if (!usable(row.realisasi)) {
    return duaBahasa((b) =>
      b === "id"
        ? `Target Renstra ${nama} untuk tahun ${tahun} adalah ${t.id}; realisasinya belum ada data.`
        : `The Renstra target of ${nama} for ${tahun} is ${t.en}; its realisasi has no data yet.`,
    );
  }
  const re = nilai(row.realisasi, satuan, d);
  return duaBahasa((b) =>
    b === "id"
      ? `Target Renstra ${nama} untuk tahun ${tahun} adalah ${t.id} dengan realisasi ${re.id}.`
      : `The Renstra target of ${nama} for ${tahun} is ${t.en}, with a realisasi of ${re.en}.`,
  );
}

function progresKalimat(r: PerbandinganRenstra, tahun: number, satuan: string | null, d: number): Pesan {
  const periode = r.periode ? `${r.periode[0]}–${r.periode[1]}` : null;
  const akhir = usable(r.targetAkhir) ? r.targetAkhir : r.targetAkhirTersirat;
  if (!usable(akhir)) {
    return {
      id: "Target akhir Renstra-nya tidak tersedia, sehingga progresnya tidak dapat dihitung.",
      en: "Its Renstra end target is not available, so its progress cannot be computed.",
    };
  }
  const a = nilai(akhir, satuan, d);
  const tersirat = !usable(r.targetAkhir);
  const idAkhir = `target akhir Renstra${periode ? ` ${periode}` : ""} sebesar ${a.id}${tersirat ? " (disimpulkan dari target tahunannya)" : ""}`;
  const enAkhir = `the Renstra${periode ? ` ${periode}` : ""} end target of ${a.en}${tersirat ? " (implied by its yearly targets)" : ""}`;
  if (!isNum(r.progres)) {
    return {
      id: `Progres terhadap ${idAkhir} belum dapat dihitung karena realisasinya belum ada data.`,
      en: `Progress against ${enAkhir} cannot be computed yet: its realisasi has no data.`,
    };
  }
  const p = persen(r.progres, d);
  const done = r.progres >= 100;
  return duaBahasa((b) =>
    b === "id"
      ? `Sampai dengan tahun ${tahun}, progres terhadap ${idAkhir} adalah ${p.id}, sehingga target akhir Renstra ${done ? "telah tercapai" : "belum tercapai"}.`
      : `Up to ${tahun}, progress against ${enAkhir} is ${p.en}, so the Renstra end target has ${done ? "been reached" : "not been reached yet"}.`,
  );
}

/** A sentence continued after a colon. */
function kecil(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function narasiRenstra(ctx: TableContext): ParagrafNarasi[] {
  const { result, settings } = ctx;
  const out: ParagrafNarasi[] = result.renstra.map((r) => {
    const nama = kutip(indicatorName(ctx, r.indicatorId));
    const satuan = satuanOf(ctx, r.indicatorId);
    const kalimat: Pesan[] = [];
    const t = targetTahunIni(r, result.tahun, satuan, settings.desimal, nama);
    if (t) kalimat.push(t);
    const p = progresKalimat(r, result.tahun, satuan, settings.desimal);
    // without this year's sentence the progress sentence must name the indicator itself
    kalimat.push(
      t ? p : { id: `Untuk indikator ${nama}: ${kecil(p.id)}`, en: `For indicator ${nama}: ${kecil(p.en)}` },
    );
    return { jenis: "indikator", indicatorId: r.indicatorId, kalimat };
  });
  if (out.length > 0) return out;
  return [
    {
      jenis: "catatan",
      kalimat: [
        {
          id: "Tidak ada target Renstra yang terbaca di buku kerja, sehingga perbandingan dengan target jangka menengah tidak dibuat.",
          en: "No Renstra target was read in the workbook, so no comparison with the medium-term targets is made.",
        },
      ],
    },
  ];
}

function nasionalParagraf(ctx: TableContext, n: PerbandinganNasional): ParagrafNarasi {
  const d = ctx.settings.desimal;
  const nama = kutip(indicatorName(ctx, n.indicatorId));
  const satuan = satuanOf(ctx, n.indicatorId);
  const base = { jenis: "indikator" as const, indicatorId: n.indicatorId };
  if (!usable(n.targetNasional)) {
    return {
      ...base,
      kalimat: [
        {
          id: `Tidak ada standar nasional untuk indikator ${nama}.`,
          en: `There is no national standard for indicator ${nama}.`,
        },
      ],
    };
  }
  const tn = nilai(n.targetNasional, satuan, d);
  if (!n.sebanding) {
    return {
      ...base,
      kalimat: [
        {
          id: `Standar nasional indikator ${nama} (${tn.id}) tidak sebanding dengan realisasi daerah karena besarannya berbeda, sehingga capaiannya tidak dihitung.`,
          en: `The national standard of indicator ${nama} (${tn.en}) is not comparable with the regional realisasi (a different quantity), so no capaian is computed.`,
        },
      ],
    };
  }
  if (!usable(n.realisasi) || !isNum(n.capaian)) {
    return {
      ...base,
      kalimat: [
        {
          id: `Standar nasional indikator ${nama} adalah ${tn.id}; realisasi daerahnya belum dapat dibandingkan.`,
          en: `The national standard of indicator ${nama} is ${tn.en}; the regional realisasi cannot be compared yet.`,
        },
      ],
    };
  }
  const re = nilai(n.realisasi, satuan, d);
  const c = persen(n.capaian, d);
  return {
    ...base,
    kalimat: [
      duaBahasa((b) =>
        b === "id"
          ? `Dibandingkan standar nasional ${tn.id}, realisasi daerah indikator ${nama} sebesar ${re.id} mencapai ${c.id} dari standar tersebut.`
          : `Against the national standard of ${tn.en}, the regional realisasi of indicator ${nama}, ${re.en}, reaches ${c.en} of it.`,
      ),
    ],
  };
}

export function narasiNasional(ctx: TableContext): ParagrafNarasi[] {
  const out = ctx.result.nasional.map((n) => nasionalParagraf(ctx, n));
  const punya = new Set(ctx.result.nasional.map((n) => n.indicatorId));
  const lain = [...ctx.indikator.values()].some((r) => diukurTahunIni(r) && !punya.has(r.indicatorId));
  if (out.length === 0) {
    out.push({
      jenis: "catatan",
      kalimat: [
        {
          id: `Tidak ada standar nasional untuk indikator kinerja tahun ${ctx.result.tahun}, sehingga perbandingan dengan standar nasional tidak dibuat.`,
          en: `There is no national standard for the ${ctx.result.tahun} performance indicators, so no comparison with a national standard is made.`,
        },
      ],
    });
  } else if (lain) {
    out.push({
      jenis: "catatan",
      kalimat: [
        {
          id: "Indikator kinerja lainnya tidak memiliki standar nasional.",
          en: "The other performance indicators have no national standard.",
        },
      ],
    });
  }
  return out;
}
