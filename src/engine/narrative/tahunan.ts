/**
 * Under Tabel 3.2: per indicator the realisasi of the reporting year against the year before it
 * (naik/turun/tetap), what that means for performance given the polaritas, and both capaian.
 */
import type { Pesan } from "../model";
import type { PerbandinganTahunan, TahunanRow } from "../result";
import { indicatorName, satuanOf, type TableContext } from "../tables/context";
import { tahunanYears } from "../tables/tahunan";
import { duaBahasa, isNum, kutip, nilai, persen, selisih, usable } from "./angka";
import type { ParagrafNarasi } from "./types";

const ARAH: Record<NonNullable<PerbandinganTahunan["arah"]>, Pesan> = {
  Naik: { id: "kinerjanya naik (membaik)", en: "performance went up (improved)" },
  Turun: { id: "kinerjanya turun (memburuk)", en: "performance went down (worsened)" },
  Tetap: { id: "kinerjanya tetap", en: "performance stayed the same" },
};

/** How the realisasi moved: from the engine's perubahan for numbers, from the values for grades. */
function gerakRealisasi(
  t: PerbandinganTahunan,
  prev: TahunanRow,
  cur: TahunanRow,
  nama: string,
  d: number,
  satuan: string | null,
): Pesan {
  const a = nilai(prev.realisasi!, satuan, d);
  const b = nilai(cur.realisasi!, satuan, d);
  const py = prev.tahun;
  const y = cur.tahun;
  const p = t.perubahan;
  // the engine's Tetap allows for float noise: "tetap" is said from it, not from p === 0
  if (p === 0 || t.arah === "Tetap") {
    return duaBahasa((l) =>
      l === "id"
        ? `Realisasi ${nama} tetap ${b.id} pada tahun ${py} dan ${y}.`
        : `The realisasi of ${nama} stayed at ${b.en} in ${py} and ${y}.`,
    );
  }
  if (isNum(p)) {
    const s = selisih(Math.abs(p), satuan, d);
    return duaBahasa((l) =>
      l === "id"
        ? `Realisasi ${nama} ${p > 0 ? "naik" : "turun"} dari ${a.id} pada tahun ${py} menjadi ${b.id} pada tahun ${y} (${p > 0 ? "bertambah" : "berkurang"} ${s.id}).`
        : `The realisasi of ${nama} went ${p > 0 ? "up" : "down"} from ${a.en} in ${py} to ${b.en} in ${y} (${p > 0 ? "up" : "down"} by ${s.en}).`,
    );
  }
  return duaBahasa((l) =>
    l === "id"
      ? `Realisasi ${nama} berubah dari ${a.id} pada tahun ${py} menjadi ${b.id} pada tahun ${y}.`
      : `The realisasi of ${nama} changed from ${a.en} in ${py} to ${b.en} in ${y}.`,
  );
}

function arahKalimat(t: PerbandinganTahunan, turun: boolean): Pesan | null {
  if (!t.arah) return null;
  const arah = ARAH[t.arah];
  if (turun && t.arah !== "Tetap") {
    return {
      id: `Karena indikator ini makin rendah makin baik, ${arah.id}.`,
      en: `Because lower is better for this indicator, ${arah.en}.`,
    };
  }
  return { id: `Menurut polaritasnya, ${arah.id}.`, en: `Given its polaritas, ${arah.en}.` };
}

function capaianKalimat(prev: TahunanRow, cur: TahunanRow, d: number): Pesan | null {
  if (!isNum(prev.capaian) || !isNum(cur.capaian)) return null;
  const a = persen(prev.capaian, d);
  const b = persen(cur.capaian, d);
  return duaBahasa((l) =>
    l === "id"
      ? `Capaian kinerjanya ${a.id} pada tahun ${prev.tahun} dan ${b.id} pada tahun ${cur.tahun}.`
      : `Its capaian was ${a.en} in ${prev.tahun} and ${b.en} in ${cur.tahun}.`,
  );
}

function tanpaPembanding(nama: string, prev: TahunanRow | undefined, cur: TahunanRow, tahun: number): Pesan {
  if (!usable(cur.realisasi)) {
    return {
      id: `Realisasi ${nama} tahun ${tahun} belum ada data, sehingga perubahannya terhadap tahun sebelumnya belum dapat dinilai.`,
      en: `The ${tahun} realisasi of ${nama} has no data yet, so its change against the year before cannot be judged.`,
    };
  }
  const py = prev?.tahun;
  return py === undefined
    ? {
        id: `Realisasi ${nama} tahun sebelumnya tidak tersedia, sehingga perubahannya tidak dapat dinilai.`,
        en: `No earlier realisasi of ${nama} is available, so its change cannot be judged.`,
      }
    : {
        id: `Realisasi ${nama} tahun ${py} tidak tersedia, sehingga perubahannya terhadap tahun ${py} tidak dapat dinilai.`,
        en: `The ${py} realisasi of ${nama} is not available, so its change against ${py} cannot be judged.`,
      };
}

function paragraf(ctx: TableContext, t: PerbandinganTahunan): ParagrafNarasi | null {
  const { result, settings } = ctx;
  const d = settings.desimal;
  const cur = t.rows[t.rows.length - 1];
  // the engine compares the reporting year with the row before it; nothing to say without that year
  if (!cur || cur.tahun !== result.tahun) return null;
  const prev = t.rows.length > 1 ? t.rows[t.rows.length - 2] : undefined;
  const nama = kutip(indicatorName(ctx, t.indicatorId));
  const base = { jenis: "indikator" as const, indicatorId: t.indicatorId };
  if (!prev || !usable(prev.realisasi) || !usable(cur.realisasi))
    return { ...base, kalimat: [tanpaPembanding(nama, prev, cur, result.tahun)] };
  const turun = ctx.dikenal.get(t.indicatorId)?.polaritas === "turun";
  const kalimat = [gerakRealisasi(t, prev, cur, nama, d, satuanOf(ctx, t.indicatorId))];
  const arah = arahKalimat(t, turun);
  if (arah) kalimat.push(arah);
  const c = capaianKalimat(prev, cur, d);
  if (c) kalimat.push(c);
  return { ...base, kalimat };
}

export function narasiTahunan(ctx: TableContext): ParagrafNarasi[] {
  const years = tahunanYears(ctx);
  const rows = ctx.result.tahunan.filter((t) => t.rows.some((r) => years.includes(r.tahun)));
  const out = rows.map((t) => paragraf(ctx, t)).filter((p): p is ParagrafNarasi => p !== null);
  if (out.length > 0) return out;
  return [
    {
      jenis: "catatan",
      kalimat: [
        {
          id: "Tidak ada data realisasi tahun-tahun sebelumnya untuk dibandingkan.",
          en: "There is no realisasi of earlier years to compare with.",
        },
      ],
    },
  ];
}
