/**
 * Triwulan → year, per indicator. Counts sum (kumulatif: orang, dokumen, paket, "Jumlah …"); rates,
 * indices, scores and percentages take the last quarter reported (akhir). The choice is made from the
 * user's setting, the polaritas, the satuan, the quarter cells and the wording, in that order; the
 * workbook-wide setting applies when none of them decides. rasio (Σ numerators ÷ Σ denominators) needs
 * the quarters' denominators, which no table gives, so it is never chosen here: only by the user.
 */
import { triwulanKeTahun } from "./aggregate";
import { num, PERCENT_SPELLINGS } from "./indicator-kind";
import type { Indicator, Pesan, Polaritas, SourcedValue, YearValues } from "./model";
import type { AgregasiTriwulanHasil, SumberAgregasi } from "./result";
import type { AgregasiTriwulan, Settings } from "./settings";

export interface PilihanAgregasi {
  mode: AgregasiTriwulan;
  sumber: SumberAgregasi;
  alasan: Pesan;
}

type Arah = "kumulatif" | "akhir";

/** Units of things counted: a year is the sum of its quarters. Matched on the satuan's first word. */
const COUNT_UNITS = new Set([
  ...["orang", "org", "jiwa", "kk", "keluarga", "klrga", "kpm", "rtm", "anak", "lansia", "siswa", "peserta"],
  ...["pegawai", "asn", "pns", "pasien", "balita", "penduduk", "warga", "ob", "disabilitas"],
  ...["kelompok", "lembaga", "lembga", "organisasi", "kube", "unit", "buah", "bh", "dokumen", "dok"],
  ...["laporan", "lap", "kegiatan", "keg", "kali", "paket", "pkt", "set", "event", "inovasi", "produk"],
  ...["desa", "kelurahan", "kampung", "kmpng", "kecamatan", "kab", "kabupaten", "kota", "lokasi", "titik"],
  ...["ruas", "km", "m", "meter", "m2", "m3", "ha", "hektar", "ton", "kg", "liter", "rp", "rupiah"],
  ...["eksemplar", "exemplar", "examplar", "exam", "lembar", "berkas", "sertifikat", "strfkt", "makam"],
  ...["shelter", "perkara", "kasus", "sekolah", "rumah", "bangunan", "gedung", "kendaraan", "surat"],
  ...["pelatihan", "sosialisasi", "penyuluhan", "bulan", "izin", "rekomendasi", "naskah", "judul"],
]);

/** Units of levels: a year is its last quarter. */
const RATE_UNITS = new Set([
  ...["persen", "prosen", "persentase", "indeks", "index", "nilai", "skor", "poin", "point", "rasio"],
  ...["angka", "tingkat", "predikat", "kategori", "level", "per", "permil", "opini", "status"],
]);

const COUNT_WORDS = /^\s*(?:[\d.]+[.)]?\s*)?(jumlah|banyaknya|total)\b/i;
const RATE_WORDS = new RegExp(
  String.raw`^\s*(?:[\d.]+[.)]?\s*)?(${PERCENT_SPELLINGS}|rasio|indeks|index|nilai|skor|tingkat|angka|rata-rata|predikat|cakupan|prevalensi|proporsi|laju|kategori|opini)\b`,
  "i",
);
const UNIT_SPLIT = /[\s/().,:;-]+/;

function unitArah(satuan: string): Arah | undefined {
  const t = satuan.trim().toLowerCase();
  if (t === "" || t === "-") return undefined;
  if (t.includes("%") || t.includes("‰")) return "akhir";
  const first = t.split(UNIT_SPLIT).find((w) => w !== "");
  if (first === undefined) return undefined;
  if (RATE_UNITS.has(first)) return "akhir";
  if (COUNT_UNITS.has(first)) return "kumulatif";
  return undefined;
}

/** The quarter cells' own unit: "85 %" is a level, "12 orang" a count. */
function cellArah(quarters: ReadonlyArray<SourcedValue>): { arah: Arah; unit: string } | undefined {
  for (const q of quarters) {
    const p = q.parsed;
    if (p.kind !== "number") continue;
    if (p.percent) return { arah: "akhir", unit: "%" };
    const arah = p.unit ? unitArah(p.unit) : undefined;
    if (arah && p.unit) return { arah, unit: p.unit };
  }
  return undefined;
}

const MODE_TEXT: Record<AgregasiTriwulan, Pesan> = {
  kumulatif: { id: "triwulan dijumlahkan", en: "the quarters are summed" },
  akhir: { id: "nilai triwulan terakhir yang dilaporkan dipakai", en: "the last reported quarter is taken" },
  "rata-rata": { id: "rata-rata triwulan dipakai", en: "the mean of the quarters is taken" },
  rasio: {
    id: "jumlah realisasi dibandingkan dengan jumlah target",
    en: "the sum of realisasi is set against the sum of targets",
  },
};

const KIND_TEXT: Record<Arah, Pesan> = {
  kumulatif: { id: "menghitung banyaknya", en: "counts things" },
  akhir: { id: "adalah tingkat atau nilai, bukan jumlah", en: "is a level or score, not a count" },
};

function pilihan(mode: AgregasiTriwulan, sumber: SumberAgregasi, id: string, en: string): PilihanAgregasi {
  const m = MODE_TEXT[mode];
  return { mode, sumber, alasan: { id: `${id}: ${m.id}.`, en: `${en}: ${m.en}.` } };
}

/**
 * How an indicator's quarters make its year. `quarters` are the reporting year's quarter cells with a
 * value (target and realisasi); the polaritas is the one in force (the user's when set).
 */
export function pilihAgregasi(
  ind: Pick<Indicator, "id" | "indikator" | "satuan">,
  polaritas: Polaritas,
  quarters: ReadonlyArray<SourcedValue>,
  settings: Pick<Settings, "agregasiTriwulan" | "agregasiTriwulanPer">,
): PilihanAgregasi {
  const chosen = settings.agregasiTriwulanPer[ind.id];
  if (chosen) return pilihan(chosen, "pengguna", "Dipilih pengguna", "Chosen by the user");
  if (polaritas === "huruf" || polaritas === "indeks" || polaritas === "rentang")
    return pilihan(
      "akhir",
      "polaritas",
      `Polaritas ${polaritas} adalah nilai, bukan jumlah`,
      `Polaritas ${polaritas} is a level, not a count`,
    );
  const satuan = ind.satuan?.trim() ?? "";
  const bySatuan = unitArah(satuan);
  if (bySatuan) {
    const k = KIND_TEXT[bySatuan];
    return pilihan(bySatuan, "satuan", `Satuan "${satuan}" ${k.id}`, `The unit "${satuan}" ${k.en}`);
  }
  const byCell = cellArah(quarters);
  if (byCell) {
    const k = KIND_TEXT[byCell.arah];
    return pilihan(
      byCell.arah,
      "nilai",
      `Nilai triwulan ditulis dalam "${byCell.unit}", yang ${k.id}`,
      `The quarter values are written in "${byCell.unit}", which ${k.en}`,
    );
  }
  const count = COUNT_WORDS.exec(ind.indikator);
  const rate = count ? null : RATE_WORDS.exec(ind.indikator);
  const word = count?.[1] ?? rate?.[1];
  if (word) {
    const arah: Arah = count ? "kumulatif" : "akhir";
    const k = KIND_TEXT[arah];
    const w = word[0]!.toUpperCase() + word.slice(1).toLowerCase();
    return pilihan(arah, "kata", `Indikator "${w} …" ${k.id}`, `The indicator "${w} …" ${k.en}`);
  }
  return pilihan(
    settings.agregasiTriwulan,
    "bawaan",
    "Satuan dan kata indikator tidak menentukan; pengaturan buku kerja dipakai",
    "Neither the unit nor the wording decides; the workbook setting applies",
  );
}

export function hasValue(v: SourcedValue | null | undefined): v is SourcedValue {
  return !!v && v.parsed.kind !== "blank";
}

/** A year's value from its quarters, kept with the last quarter's cell so findings can point at it. */
export function dariTriwulan(
  quarters: ReadonlyArray<SourcedValue | null> | undefined,
  mode: AgregasiTriwulan,
): SourcedValue | undefined {
  if (!quarters || !quarters.some(hasValue)) return undefined;
  const values = quarters.map((q) => (q ? num(q.parsed) : null));
  // rasio: the year is Σ realisasi against Σ target, so each side is summed here.
  const v = triwulanKeTahun(values, mode === "rasio" ? "kumulatif" : mode);
  if (v === null) return undefined;
  const last = [...quarters].reverse().find(hasValue);
  const percent = quarters.some((q) => q?.parsed.kind === "number" && q.parsed.percent === true);
  return {
    raw: v,
    parsed: percent ? { kind: "number", value: v, percent: true } : { kind: "number", value: v },
    ...(last?.source ? { source: last.source } : {}),
  };
}

export interface NilaiTahun {
  target: SourcedValue | undefined;
  realisasi: SourcedValue | undefined;
  /** present when the year has quarterly values */
  agregasi?: AgregasiTriwulanHasil;
}

/**
 * The reporting year's target and realisasi: the yearly cells when the sheet fills them, else made from
 * the quarters by the indicator's own roll-up.
 */
export function nilaiTahun(
  ind: Indicator,
  yv: YearValues | undefined,
  polaritas: Polaritas,
  settings: Pick<Settings, "agregasiTriwulan" | "agregasiTriwulanPer">,
): NilaiTahun {
  const tw = yv?.triwulan;
  const quarters: SourcedValue[] = [];
  for (const q of tw?.target ?? []) if (hasValue(q)) quarters.push(q);
  for (const q of tw?.realisasi ?? []) if (hasValue(q)) quarters.push(q);
  if (quarters.length === 0) return { target: yv?.target, realisasi: yv?.realisasi };
  const p = pilihAgregasi(ind, polaritas, quarters, settings);
  let dipakai = false;
  const side = (yearly: SourcedValue | undefined, q: ReadonlyArray<SourcedValue | null> | undefined) => {
    if (hasValue(yearly)) return yearly;
    const made = dariTriwulan(q, p.mode);
    if (made) dipakai = true;
    return made ?? yearly;
  };
  const target = side(yv?.target, tw?.target);
  const realisasi = side(yv?.realisasi, tw?.realisasi);
  return { target, realisasi, agregasi: { ...p, dipakai } };
}
