/**
 * Under Tabel 3.5 and 3.6: the efficiency paragraph per line (pagu, realisasi, serapan, and the
 * efisiensi by the settings' convention), and the budget total with the lowest and highest serapan.
 */
import type { Pesan } from "../model";
import type { AnggaranResultRow, EfisiensiRow } from "../result";
import type { Settings } from "../settings";
import { anggaranRows, totalOf } from "../tables/anggaran";
import { isSasaranName, type TableContext } from "../tables/context";
import { angka, duaBahasa, isNum, kutip, persen, rupiah } from "./angka";
import type { ParagrafNarasi } from "./types";

const TINGKAT: Record<EfisiensiRow["level"], Pesan> = {
  sasaran: { id: "Sasaran", en: "Sasaran" },
  program: { id: "Program", en: "Program" },
  kegiatan: { id: "Kegiatan", en: "Kegiatan" },
  subkegiatan: { id: "Sub kegiatan", en: "Sub kegiatan" },
};

const RUMUS: Record<Settings["efisiensi"]["konvensi"], Pesan> = {
  selisih: { id: "poin persen (capaian − serapan)", en: "percentage points (capaian − serapan)" },
  sisa: { id: "(100 − serapan, target tercapai)", en: "(100 − serapan, target met)" },
  rasio: { id: "(rasio capaian ÷ serapan)", en: "(ratio capaian ÷ serapan)" },
};

function anggaranKalimat(e: EfisiensiRow, label: Pesan, d: number): Pesan {
  if (!isNum(e.pagu) || !isNum(e.realisasi)) {
    return {
      id: `Anggaran ${label.id} tidak lengkap (pagu atau realisasinya tidak terbaca).`,
      en: `The budget of ${label.en} is incomplete (its pagu or realisasi could not be read).`,
    };
  }
  const p = rupiah(e.pagu);
  const r = rupiah(e.realisasi);
  const s = isNum(e.serapan) ? persen(e.serapan, d) : null;
  return duaBahasa((b) =>
    b === "id"
      ? `Anggaran ${label.id} dengan pagu ${p.id} terealisasi ${r.id}${s ? ` (serapan ${s.id})` : ""}.`
      : `The budget of ${label.en}, a pagu of ${p.en}, was spent ${r.en}${s ? ` (serapan ${s.en})` : ""}.`,
  );
}

function efisiensiKalimat(e: EfisiensiRow, settings: Settings): Pesan {
  const d = settings.desimal;
  if (!isNum(e.capaian)) {
    return {
      id: "Capaian kinerjanya tidak tersedia, sehingga efisiensinya tidak dinilai.",
      en: "Its capaian is not available, so its efficiency is not assessed.",
    };
  }
  const c = persen(e.capaian, d);
  if (!isNum(e.efisiensi)) {
    return duaBahasa((b) =>
      b === "id"
        ? `Capaian kinerjanya ${c.id}; efisiensinya tidak dapat dihitung menurut konvensi yang dipilih.`
        : `Its capaian is ${c.en}; its efficiency cannot be computed under the chosen convention.`,
    );
  }
  const ef = angka(e.efisiensi, d);
  const rumus = RUMUS[settings.efisiensi.konvensi];
  const k = e.kategori ? kutip(e.kategori) : null;
  return duaBahasa((b) =>
    b === "id"
      ? `Dengan capaian kinerja ${c.id}, efisiensinya ${ef.id} ${rumus.id}${k ? `, kategori ${k}` : ""}.`
      : `With a capaian of ${c.en}, its efficiency is ${ef.en} ${rumus.en}${k ? `, category ${k}` : ""}.`,
  );
}

export function narasiEfisiensi(ctx: TableContext): ParagrafNarasi[] {
  const { result, settings } = ctx;
  const out: ParagrafNarasi[] = result.efisiensi.map((e) => {
    // a budget per sasaran read as a top-level line is a sasaran row (as the table says)
    const level = e.level === "program" && isSasaranName(ctx, e.label) ? "sasaran" : e.level;
    const t = TINGKAT[level];
    // "Program Pemberdayaan Sosial" already says what it is: no "program “Program …”"
    const named = e.label.trim().toLowerCase().startsWith(t.id.toLowerCase());
    const label = named
      ? { id: kutip(e.label), en: kutip(e.label) }
      : { id: `${t.id.toLowerCase()} ${kutip(e.label)}`, en: `${t.en.toLowerCase()} ${kutip(e.label)}` };
    const kalimat = [anggaranKalimat(e, label, settings.desimal), efisiensiKalimat(e, settings)];
    return { jenis: "anggaran" as const, baris: e.key, kalimat };
  });
  if (out.length > 0) return out;
  return [
    {
      jenis: "catatan",
      kalimat: [
        {
          id: "Tidak ada pasangan capaian dan anggaran untuk dianalisis efisiensinya.",
          en: "There is no pair of capaian and budget to analyse for efficiency.",
        },
      ],
    },
  ];
}

function serapanEkstrem(rows: AnggaranResultRow[], d: number): Pesan | null {
  const known = rows.filter((r) => isNum(r.persen));
  if (known.length < 2) return null;
  let lo = known[0]!;
  let hi = known[0]!;
  for (const r of known) {
    if (r.persen! < lo.persen!) lo = r;
    if (r.persen! > hi.persen!) hi = r;
  }
  if (lo === hi) return null;
  const a = persen(lo.persen!, d);
  const b = persen(hi.persen!, d);
  return duaBahasa((l) =>
    l === "id"
      ? `Serapan terendah pada ${kutip(lo.nama)} (${a.id}) dan tertinggi pada ${kutip(hi.nama)} (${b.id}).`
      : `The lowest serapan is in ${kutip(lo.nama)} (${a.en}), the highest in ${kutip(hi.nama)} (${b.en}).`,
  );
}

export function narasiAnggaran(ctx: TableContext): ParagrafNarasi[] {
  const { result, settings } = ctx;
  const d = settings.desimal;
  const rows = anggaranRows(result.anggaran.rows, (nama) => isSasaranName(ctx, nama));
  if (rows.length === 0) {
    return [
      {
        jenis: "catatan",
        kalimat: [
          {
            id: "Tidak ada data anggaran yang terbaca di buku kerja.",
            en: "No budget data was read in the workbook.",
          },
        ],
      },
    ];
  }
  // the Jumlah the table prints: the same function, so text and table cannot disagree
  const t = totalOf(rows, result.anggaran.rows, result.anggaran.total);
  const p = rupiah(t.pagu);
  const r = rupiah(t.realisasi);
  const s = rupiah(t.sisa);
  const pr = isNum(t.persen) ? persen(t.persen, d) : null;
  const kalimat: Pesan[] = [
    duaBahasa((b) =>
      b === "id"
        ? `Pagu anggaran seluruh program tahun ${result.tahun} sebesar ${p.id} terealisasi ${r.id}${pr ? ` (${pr.id})` : ""}, dengan sisa anggaran ${s.id}.`
        : `The ${result.tahun} pagu of all programs, ${p.en}, was spent ${r.en}${pr ? ` (${pr.en})` : ""}, leaving ${s.en}.`,
    ),
  ];
  const ekstrem = serapanEkstrem(rows, d);
  if (ekstrem) kalimat.push(ekstrem);
  return [{ jenis: "anggaran", kalimat }];
}
