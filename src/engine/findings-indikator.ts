/** Findings on one indicator row of the reporting year: capaian, predikat, values and units. */
import type { Indicator, Polaritas, SourceRef, SourcedValue, Temuan } from "./model";
import type { PredikatScale } from "./settings";
import type { CapaianOutcome, TurunFormula } from "./capaian";
import { angka, buatTemuan, denganSeharusnya, cetak, di, nama } from "./temuan";
import { isAttainmentName, isPercentName, isPercentSatuan, isRasioName, num } from "./indicator-kind";
import { GRADES, isExcelError } from "./parse";
import type { CariSelTarget } from "./findings-target";
import { predikatOf } from "./predikat";
import { normLabel, skalaUntuk, type SkalaKolom } from "./skala-tercetak";
import { RASIO, rasioTakDihitung } from "./findings-rasio";

export interface IndikatorContext {
  ind: Indicator;
  tahun: number;
  polaritas: Polaritas;
  target: SourcedValue | undefined;
  realisasi: SourcedValue | undefined;
  capaianTercetak: SourcedValue | undefined;
  predikatTercetak: SourcedValue | undefined;
  outcome: CapaianOutcome;
  predikat: string | null;
  scale: PredikatScale;
  /** per column of printed predikat, the scale its words belong to (skala-tercetak.ts) */
  skalaKolom: ReadonlyMap<string, SkalaKolom>;
  toleransi: number;
  turun: TurunFormula;
  /** the cells of a blank target (the reader keeps no blank cells); [] when unknown */
  selTarget: CariSelTarget;
}

const GRADE_SET = new Set<string>(GRADES);

function ref(v: SourcedValue | undefined, ind: Indicator): SourceRef | undefined {
  return v?.source ?? ind.source;
}

/** The arithmetic behind a capaian, as a reader checks it by hand. */
function rumus(ctx: IndikatorContext, f: (n: number) => string): string {
  const t = num(ctx.target?.parsed);
  const r = num(ctx.realisasi?.parsed);
  if (t === null || r === null) return "";
  if (ctx.polaritas === "turun") {
    return ctx.turun === "rasio" && r !== 0
      ? ` = ${f(t)} ÷ ${f(r)} × 100`
      : ` = (2 × ${f(t)} − ${f(r)}) ÷ ${f(t)} × 100`;
  }
  return ` = ${f(r)} ÷ ${f(t)} × 100`;
}

function cekCapaian(ctx: IndikatorContext, out: Temuan[]): void {
  const { ind, outcome } = ctx;
  const printed = ctx.capaianTercetak;
  if (!printed || printed.parsed.kind !== "number" || outcome.capaian === null) return;
  if (outcome.alasan === "huruf-di-bawah-target") return; // reported by cekHuruf, with the grades
  const p = printed.parsed.value;
  const c = outcome.capaian;
  if (Math.abs(p - c) <= ctx.toleransi) return;
  const r = num(ctx.realisasi?.parsed);
  let hintId = "";
  let hintEn = "";
  if (r !== null && Math.abs(p - r) < 1e-9) {
    hintId = " Nilai tercetak sama dengan realisasi: realisasi tampaknya tersalin ke kolom capaian.";
    hintEn = " The printed value equals the realisasi: it seems copied into the capaian column.";
  } else if (Math.abs(Math.trunc(c) - p) < 1e-9 || Math.abs(Math.trunc(c * 10) / 10 - p) < 1e-9) {
    hintId = " Nilai tercetak adalah hasil pemotongan, bukan pembulatan.";
    hintEn = " The printed value is truncated rather than rounded.";
  }
  out.push(
    denganSeharusnya(
      buatTemuan(
        "CAPAIAN_TIDAK_SESUAI",
        [printed.source ?? ind.source, ctx.target?.source, ctx.realisasi?.source],
        `Capaian ${nama(ind.indikator)} tahun ${ctx.tahun} tercetak ${angka.id(p)}${di(printed.source, "id")}, seharusnya ${angka.id(c)}${rumus(ctx, angka.id)} (selisih lebih dari ${angka.id(ctx.toleransi)} poin).${hintId}`,
        `Capaian of ${nama(ind.indikator)} for ${ctx.tahun} is printed as ${angka.en(p)}${di(printed.source, "en")}; expected ${angka.en(c)}${rumus(ctx, angka.en)} (off by more than ${angka.en(ctx.toleransi)} points).${hintEn}`,
        ind.id,
      ),
      c,
    ),
  );
}

function cekHuruf(ctx: IndikatorContext, out: Temuan[]): void {
  const { ind, outcome } = ctx;
  if (outcome.alasan !== "huruf-di-bawah-target" || outcome.capaian === null) return;
  const t = cetak(ctx.target, "id");
  const r = cetak(ctx.realisasi, "id");
  const printed = ctx.capaianTercetak;
  const p = printed?.parsed.kind === "number" ? printed.parsed.value : null;
  const misScored = p !== null && p >= 100;
  out.push(
    denganSeharusnya(
      buatTemuan(
        "PREDIKAT_HURUF_DI_BAWAH_TARGET",
        [printed?.source ?? ctx.realisasi?.source ?? ind.source, ctx.target?.source, ctx.realisasi?.source],
        misScored
          ? `${nama(ind.indikator)}: realisasi ${r} di bawah target ${t} tetapi capaian tercetak ${angka.id(p)}${di(printed?.source, "id")}. Predikat di bawah target tidak tercapai; seharusnya ${angka.id(outcome.capaian)} (di bawah 100).`
          : `${nama(ind.indikator)}: realisasi ${r} di bawah target ${t}; capaian ${angka.id(outcome.capaian)} (di bawah 100, target tidak tercapai).`,
        misScored
          ? `${nama(ind.indikator)}: realisasi ${r} is below the target ${t} yet the printed capaian is ${angka.en(p)}${di(printed?.source, "en")}. A grade below target is not met; expected ${angka.en(outcome.capaian)} (below 100).`
          : `${nama(ind.indikator)}: realisasi ${r} is below the target ${t}; capaian ${angka.en(outcome.capaian)} (below 100, target not met).`,
        ind.id,
        misScored ? "galat" : "peringatan",
      ),
      misScored ? outcome.capaian : null,
    ),
  );
}

/**
 * The printed predikat against the scale its column speaks (the one in force unless the column's words
 * are another preset's); a column fitting no known scale was reported once and is not checked per row.
 */
function cekPredikat(ctx: IndikatorContext, out: Temuan[]): void {
  const v = ctx.predikatTercetak;
  if (!v || ctx.predikat === null) return;
  const text = typeof v.raw === "string" ? v.raw.replace(/\s+/g, " ").trim() : "";
  if (text === "" || v.parsed.kind === "blank" || GRADE_SET.has(text.toUpperCase())) return;
  const scale = skalaUntuk(ctx.skalaKolom, v.source, ctx.scale);
  if (scale === null) return;
  const c = ctx.outcome.capaian as number;
  const predikat = scale === ctx.scale ? ctx.predikat : (predikatOf(c, scale) as string);
  if (normLabel(text) === normLabel(predikat)) return;
  const known = scale.bands.some((b) => normLabel(b.label) === normLabel(text));
  out.push(
    denganSeharusnya(
      buatTemuan(
        "PREDIKAT_TIDAK_SESUAI",
        [v.source ?? ctx.ind.source],
        `Predikat ${nama(ctx.ind.indikator)} tercetak "${text}"${di(v.source, "id")}, seharusnya "${predikat}" untuk capaian ${angka.id(c)} menurut skala ${scale.nama}.${known ? "" : ` "${text}" bukan kategori skala ini.`}`,
        `Predikat of ${nama(ctx.ind.indikator)} is printed "${text}"${di(v.source, "en")}; expected "${predikat}" for capaian ${angka.en(c)} on the ${scale.nama} scale.${known ? "" : ` "${text}" is not a band of this scale.`}`,
        ctx.ind.id,
      ),
      predikat,
    ),
  );
}

/**
 * One reason a row's capaian is not computed (or is 0 by rule): its finding, or null when the reason
 * is not this row's. The indicator's quoted name is made only for a finding: most rows have none.
 */
type StatusCheck = (ctx: IndikatorContext) => Temuan | null;

const targetNol: StatusCheck = ({ ind, outcome, tahun, target }) =>
  outcome.alasan !== "target-nol"
    ? null
    : buatTemuan(
        "TARGET_NOL",
        [ref(target, ind)],
        `Target ${nama(ind.indikator)} tahun ${tahun} bernilai 0: capaian tidak dapat dihitung (realisasi ÷ 0), ditampilkan "—" dan tidak ikut dirata-ratakan. Isi target yang diperjanjikan.`,
        `The ${tahun} target of ${nama(ind.indikator)} is 0: capaian cannot be computed (realisasi ÷ 0); it shows "—" and is left out of averages. Enter the agreed target.`,
        ind.id,
      );

const turunTargetNol: StatusCheck = (ctx) =>
  ctx.outcome.alasan !== "turun-target-nol-terlampaui"
    ? null
    : buatTemuan(
        "TARGET_NOL",
        [ref(ctx.realisasi, ctx.ind), ctx.target?.source],
        `${nama(ctx.ind.indikator)} (semakin kecil semakin baik) bertarget 0 tetapi realisasinya ${cetak(ctx.realisasi, "id")}: capaian 0. Target 0 hanya tercapai bila realisasi juga 0.`,
        `${nama(ctx.ind.indikator)} (lower is better) has a target of 0 but a realisasi of ${cetak(ctx.realisasi, "en")}: capaian 0. A target of 0 is met only by a realisasi of 0.`,
        ctx.ind.id,
      );

const realisasiKosong: StatusCheck = ({ ind, outcome, tahun, target, realisasi }) =>
  outcome.status !== "belum-ada-data" || !target || target.parsed.kind === "blank"
    ? null
    : buatTemuan(
        "REALISASI_KOSONG",
        [ref(realisasi, ind)],
        `Realisasi ${nama(ind.indikator)} tahun ${tahun} kosong: dicatat "belum ada data" (bukan 0) dan capaian tidak dihitung. Isi realisasinya bila sudah ada.`,
        `The ${tahun} realisasi of ${nama(ind.indikator)} is blank: recorded as "no data yet" (not 0) and no capaian is computed. Fill it in when known.`,
        ind.id,
      );

const targetKosong: StatusCheck = (ctx) => {
  const { ind, tahun } = ctx;
  if (ctx.outcome.alasan !== "target-kosong") return null;
  const cells = ctx.target?.source ? [ctx.target.source] : ctx.selTarget(ind);
  const where = cells.length ? di(cells[0], "id") : "";
  const whereEn = cells.length ? di(cells[0], "en") : "";
  return buatTemuan(
    "TARGET_TIDAK_TERBACA",
    [...cells, ...(cells.length ? [] : [ind.source]), ctx.realisasi?.source],
    `Target ${nama(ind.indikator)} tahun ${tahun} kosong${where} padahal realisasinya ${cetak(ctx.realisasi, "id")}: capaian tidak dihitung dan tidak ikut dirata-ratakan. Isi target yang diperjanjikan (Perjanjian Kinerja).`,
    `The ${tahun} target of ${nama(ind.indikator)} is blank${whereEn} while its realisasi is ${cetak(ctx.realisasi, "en")}: no capaian is computed and the row is left out of averages. Enter the agreed target (Perjanjian Kinerja).`,
    ind.id,
  );
};

const capaianTakHingga: StatusCheck = (ctx) =>
  ctx.outcome.alasan !== "capaian-tak-hingga"
    ? null
    : buatTemuan(
        "NILAI_TIDAK_TERBACA",
        [ref(ctx.realisasi, ctx.ind), ctx.target?.source],
        `Target ${cetak(ctx.target, "id")} dan realisasi ${cetak(ctx.realisasi, "id")} ${nama(ctx.ind.indikator)} memberi capaian di luar jangkauan angka (tak hingga): capaian tidak dihitung. Periksa kedua nilai itu.`,
        `Target ${cetak(ctx.target, "en")} and realisasi ${cetak(ctx.realisasi, "en")} of ${nama(ctx.ind.indikator)} give a capaian beyond the range of numbers (infinite): no capaian is computed. Check both values.`,
        ctx.ind.id,
      );

const targetBukanAngka: StatusCheck = ({ ind, outcome, target, realisasi }) => {
  if (outcome.alasan !== "target-tidak-terbaca" || target?.parsed.kind !== "text") return null;
  // "WTP" realised as "WTP": the words say the target is met, but DOMAIN.md computes a capaian only from
  // numbers, ranges and letter grades, so the user is told that no percentage follows from the words
  const sama = realisasi?.parsed.kind === "text" && samaKata(realisasi.parsed.text, target.parsed.text);
  if (RASIO.test(target.parsed.text)) return rasioTakDihitung(ref(target, ind), ind, target, realisasi, sama);
  const tambahId = sama
    ? ` Realisasinya kata yang sama ("${cetak(realisasi, "id")}"): tercapai menurut katanya, tetapi capaian dalam persen hanya dihitung dari angka, rentang, atau predikat huruf; capaian tercetak dibiarkan apa adanya.`
    : " Tulis target sebagai angka (mis. 76,5 atau 1.500) atau huruf (BB).";
  const tambahEn = sama
    ? ` Its realisasi is the same word ("${cetak(realisasi, "en")}"): met by its words, but a capaian in percent is computed only from numbers, ranges or letter grades; a printed capaian is left as it is.`
    : " Write it as a number (e.g. 76.5 or 1,500) or a grade (BB).";
  return buatTemuan(
    "TARGET_TIDAK_TERBACA",
    [ref(target, ind), ...(sama ? [realisasi.source] : [])],
    `Target ${nama(ind.indikator)} "${cetak(target, "id")}" bukan angka, rentang, atau predikat huruf: capaian tidak dihitung.${tambahId}`,
    `The target of ${nama(ind.indikator)} "${cetak(target, "en")}" is not a number, range or letter grade: no capaian is computed.${tambahEn}`,
    ind.id,
  );
};

/** The same word however it is cased or spaced ("WTP", " wtp "). */
function samaKata(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();
}

const realisasiBukanAngka: StatusCheck = ({ ind, outcome, realisasi }) =>
  outcome.alasan !== "realisasi-tidak-terbaca" || realisasi?.parsed.kind !== "text"
    ? null
    : buatTemuan(
        "NILAI_TIDAK_TERBACA",
        [ref(realisasi, ind)],
        `Realisasi ${nama(ind.indikator)} "${cetak(realisasi, "id")}" bukan angka atau predikat huruf: capaian tidak dihitung. Tulis realisasinya sebagai angka atau huruf.`,
        `The realisasi of ${nama(ind.indikator)} "${cetak(realisasi, "en")}" is not a number or letter grade: no capaian is computed. Write it as a number or a grade.`,
        ind.id,
      );

const tidakSebanding: StatusCheck = (ctx) => {
  const { ind, outcome } = ctx;
  if (
    (outcome.alasan !== "target-tidak-terbaca" && outcome.alasan !== "realisasi-tidak-terbaca") ||
    ctx.target?.parsed.kind === "unreadable" ||
    ctx.realisasi?.parsed.kind === "unreadable"
  ) {
    return null;
  }
  // Both cells hold values, but of kinds that do not compare (a grade against -1, a range as realisasi).
  const onTarget = outcome.alasan === "target-tidak-terbaca";
  return buatTemuan(
    onTarget ? "TARGET_TIDAK_TERBACA" : "NILAI_TIDAK_TERBACA",
    [ref(onTarget ? ctx.target : ctx.realisasi, ind), (onTarget ? ctx.realisasi : ctx.target)?.source],
    `Target ${cetak(ctx.target, "id")} dan realisasi ${cetak(ctx.realisasi, "id")} ${nama(ind.indikator)} tidak dapat dibandingkan: keduanya harus angka, atau keduanya predikat huruf (nilai AKIP 0–100 dibaca sebagai hurufnya). Capaian tidak dihitung.`,
    `Target ${cetak(ctx.target, "en")} and realisasi ${cetak(ctx.realisasi, "en")} of ${nama(ind.indikator)} cannot be compared: both must be numbers, or both letter grades (an AKIP score 0–100 reads as its grade). No capaian is computed.`,
    ind.id,
  );
};

/** In this order: the first that applies is the row's reason, and later ones assume the earlier did not. */
const STATUS_CHECKS: readonly StatusCheck[] = [
  targetNol,
  turunTargetNol,
  realisasiKosong,
  targetKosong,
  capaianTakHingga,
  targetBukanAngka,
  realisasiBukanAngka,
  tidakSebanding,
];

/** Why the row has no capaian (or 0 by rule): at most one finding, the first of STATUS_CHECKS that applies. */
function cekStatus(ctx: IndikatorContext, out: Temuan[]): void {
  for (const check of STATUS_CHECKS) {
    const temuan = check(ctx);
    if (temuan) {
      out.push(temuan);
      return;
    }
  }
}

/** Cells that look numeric but cannot be read without a guess ("4.8294.89.225"). */
function cekTerbaca(ctx: IndikatorContext, out: Temuan[]): void {
  // Runs on every row and almost never finds anything: no per-row list of the three cells.
  tidakTerbaca(ctx, ctx.target, "Target", "Target", out);
  tidakTerbaca(ctx, ctx.realisasi, "Realisasi", "Realisasi", out);
  tidakTerbaca(ctx, ctx.capaianTercetak, "Capaian tercetak", "Printed capaian", out);
}

function tidakTerbaca(
  ctx: IndikatorContext,
  v: SourcedValue | undefined,
  labelId: string,
  labelEn: string,
  out: Temuan[],
): void {
  if (!v || v.parsed.kind !== "unreadable") return;
  const text = v.parsed.text;
  if (isExcelError(text) || typeof v.raw === "number") {
    // Not a way of writing a number but no number at all: an error value or NaN/±Infinity.
    const galat = isExcelError(text);
    out.push(
      buatTemuan(
        "NILAI_TIDAK_TERBACA",
        [ref(v, ctx.ind)],
        `${labelId} ${nama(ctx.ind.indikator)} berisi "${text}"${di(v.source, "id")}, ${galat ? "nilai galat Excel (rumus yang gagal)" : "bukan angka terhingga"}: capaian tidak dihitung. Perbaiki rumus atau isi nilainya.`,
        `${labelEn} of ${nama(ctx.ind.indikator)} holds "${text}"${di(v.source, "en")}, ${galat ? "an Excel error value (a failed formula)" : "not a finite number"}: no capaian is computed. Fix the formula or enter the value.`,
        ctx.ind.id,
      ),
    );
    return;
  }
  out.push(
    buatTemuan(
      "NILAI_TIDAK_TERBACA",
      [ref(v, ctx.ind)],
      `${labelId} ${nama(ctx.ind.indikator)} berisi "${v.parsed.text}"${di(v.source, "id")} yang tidak dapat dibaca sebagai angka tanpa menebak. Tulis ulang dengan satu format, mis. 1.234.567 atau 3,25.`,
      `${labelEn} of ${nama(ctx.ind.indikator)} holds "${v.parsed.text}"${di(v.source, "en")}, which cannot be read as a number without guessing. Rewrite it in one format, e.g. 1,234,567 or 3.25.`,
      ctx.ind.id,
    ),
  );
}

function cekPersen(ctx: IndikatorContext, out: Temuan[]): void {
  const { ind } = ctx;
  const percentIndicator = isPercentSatuan(ind.satuan) || isPercentName(ind.indikator);
  if (
    !percentIndicator ||
    ctx.polaritas === "turun" ||
    isAttainmentName(ind.indikator) ||
    isRasioName(ind.indikator)
  )
    return;
  const v = ctx.realisasi;
  if (!v || v.parsed.kind !== "number" || v.parsed.unit !== undefined) return;
  const r = v.parsed.value;
  if (r <= 100) return;
  out.push(
    buatTemuan(
      "PERSEN_MELEBIHI_100",
      [ref(v, ind)],
      `Realisasi ${nama(ind.indikator)} ${angka.id(r)} %${di(v.source, "id")} melebihi 100 %, padahal persentase bagian dari keseluruhan paling tinggi 100 %. Periksa pembilang dan penyebutnya.`,
      `The realisasi of ${nama(ind.indikator)} is ${angka.en(r)} %${di(v.source, "en")}, above 100 %, while a share of a whole is at most 100 %. Check its numerator and denominator.`,
      ind.id,
    ),
  );
}

function cekSatuan(ctx: IndikatorContext, out: Temuan[]): void {
  const { ind } = ctx;
  const satuan = ind.satuan?.trim() ?? "";
  if (isPercentName(ind.indikator) && satuan !== "" && satuan !== "-" && !isPercentSatuan(satuan)) {
    out.push(
      buatTemuan(
        "SATUAN_TIDAK_COCOK",
        [ind.source, ctx.target?.source],
        `Indikator ${nama(ind.indikator)} adalah persentase tetapi satuannya "${satuan}"; seharusnya %. Capaian dihitung dari angka apa adanya.`,
        `Indicator ${nama(ind.indikator)} is a percentage but its unit is "${satuan}"; expected %. The capaian uses the numbers as printed.`,
        ind.id,
      ),
    );
    return;
  }
  const t = ctx.target?.parsed;
  const r = ctx.realisasi?.parsed;
  if (t?.kind !== "number" || r?.kind !== "number") return;
  const tu = t.percent ? "%" : (t.unit?.toLowerCase() ?? "");
  const ru = r.percent ? "%" : (r.unit?.toLowerCase() ?? "");
  if (tu !== "" && ru !== "" && tu !== ru) {
    out.push(
      buatTemuan(
        "SATUAN_TIDAK_COCOK",
        [ref(ctx.realisasi, ind), ctx.target?.source],
        `Target ${nama(ind.indikator)} dalam "${tu}" tetapi realisasinya dalam "${ru}"; keduanya harus dalam satuan yang sama agar capaian bermakna.`,
        `The target of ${nama(ind.indikator)} is in "${tu}" but its realisasi is in "${ru}"; both need the same unit for a meaningful capaian.`,
        ind.id,
      ),
    );
  }
}

/** Every per-row check of the reporting year, in a fixed order. */
export function temuanIndikator(ctx: IndikatorContext, out: Temuan[]): void {
  cekTerbaca(ctx, out);
  cekStatus(ctx, out);
  cekCapaian(ctx, out);
  cekHuruf(ctx, out);
  cekPredikat(ctx, out);
  cekPersen(ctx, out);
  cekSatuan(ctx, out);
}
