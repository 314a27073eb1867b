/**
 * Filing a joined row's values into its indicator: each value in its slot (a year's target, a quarter,
 * the Renstra, the budget). A slot already filled by another table keeps its value; a different value
 * is kept beside it and reported (NILAI_BERBEDA_ANTAR_TABEL), an equal one is kept as a copy.
 */
import type { ParsedValue, SourcedValue, Temuan, YearValues } from "../engine/model";
import { sameNumberPrinted } from "../engine/nilai-tercetak";
import type { Entry } from "./join-index";
import { ANGGARAN_SLOT, type IndicatorRecord, type ValueSlot } from "./read-model";
import { nilaiBerbeda, shown as show } from "./temuan";

type Slots = Partial<Record<string, SourcedValue>>;

function sameParsed(a: ParsedValue, b: ParsedValue): boolean {
  if (a.kind === "grade" && b.kind === "grade") return a.grade === b.grade;
  if (a.kind === "range" && b.kind === "range") return a.low === b.low && a.high === b.high;
  if (a.kind === "text" && b.kind === "text") return a.text.toLowerCase() === b.text.toLowerCase();
  if (a.kind === "unreadable" && b.kind === "unreadable") return a.text === b.text;
  return a.kind === b.kind && a.kind === "blank";
}

/** Numbers as printed (a percent-formatted fraction is the typed percent it rounds to), the rest as parsed. */
function sameValue(a: SourcedValue, b: SourcedValue): boolean {
  if (a.parsed.kind === "number" && b.parsed.kind === "number") return sameNumberPrinted(a, b);
  return sameParsed(a.parsed, b.parsed);
}

const FIELD_WORDS: Record<string, { id: string; en: string }> = {
  target: { id: "Target", en: "The target" },
  realisasi: { id: "Realisasi", en: "The realisasi" },
  capaianTercetak: { id: "Capaian tercetak", en: "The printed capaian" },
  predikatTercetak: { id: "Predikat tercetak", en: "The printed predikat" },
  renstraTarget: { id: "Target Renstra", en: "The Renstra target" },
  renstraRealisasi: { id: "Realisasi Renstra", en: "The Renstra realisasi" },
  baseline: { id: "Kondisi awal", en: "The baseline" },
  targetAkhir: { id: "Target akhir Renstra", en: "The Renstra end target" },
  targetNasional: { id: "Target nasional", en: "The national target" },
  pagu: { id: "Pagu", en: "The budget ceiling" },
  realisasiAnggaran: { id: "Realisasi anggaran", en: "The budget realisasi" },
  serapan: { id: "Persentase realisasi anggaran", en: "The budget absorption" },
  sisa: { id: "Sisa anggaran", en: "The remaining budget" },
};

export class ValueFiler {
  constructor(
    private readonly temuan: Temuan[],
    private readonly defaultYear: (rec: IndicatorRecord) => number,
  ) {}

  /** The row joins the indicator: its descriptions fill what is still empty, its values their slots. */
  merge(e: Entry, rec: IndicatorRecord): void {
    if (!e.claimed.includes(rec.tableId)) e.claimed.push(rec.tableId);
    if (rec.polaritasText) (e.polaritasTexts ??= []).push(rec.polaritasText);
    if (rec.polaritasCatatan) (e.polaritasCatatan ??= []).push(...rec.polaritasCatatan);
    const ind = e.ind;
    if (!ind.kode && rec.kode) ind.kode = rec.kode;
    if (!ind.tujuan && rec.tujuan) ind.tujuan = rec.tujuan;
    if (!ind.sasaran && rec.sasaran) ind.sasaran = rec.sasaran;
    if (!ind.satuan && rec.satuan) ind.satuan = rec.satuan;
    if (!ind.program && rec.program) ind.program = rec.program;
    if (!ind.formula && rec.formula) ind.formula = rec.formula;
    if (!ind.sumberData && rec.sumberData) ind.sumberData = rec.sumberData;
    if (!ind.penanggungJawab && rec.penanggungJawab) ind.penanggungJawab = rec.penanggungJawab;
    for (let k = 0; k < rec.values.length; k++) this.file(e, rec, rec.slots[k]!, rec.values[k]!);
  }

  private yearOf(rec: IndicatorRecord, vc: ValueSlot): string {
    return String(vc.tahun ?? this.defaultYear(rec));
  }

  private file(e: Entry, rec: IndicatorRecord, vc: ValueSlot, v: SourcedValue): void {
    switch (vc.role) {
      case "target":
      case "realisasi":
      case "capaian":
      case "predikat":
        return this.fileYear(e, rec, vc, v);
      case "renstraTarget":
      case "renstraRealisasi":
      case "renstraKumulatif":
      case "capaianRenstra":
      case "baseline":
      case "targetAkhir":
        return this.fileRenstra(e, rec, vc, v);
      case "targetNasional":
        return this.put(e, e.ind as unknown as Slots, "targetNasional", v, vc.role, undefined, rec.tableId);
      case "pagu":
      case "realisasiAnggaran":
      case "serapan":
      case "sisa":
      case "paguRenstra":
      case "realisasiAnggaranRenstra":
        return this.fileAnggaran(e, rec, vc, v);
      default:
        return;
    }
  }

  private fileYear(e: Entry, rec: IndicatorRecord, vc: ValueSlot, v: SourcedValue): void {
    const y = this.yearOf(rec, vc);
    const yv: YearValues = (e.ind.tahun[y] ??= {});
    // a quarter's printed capaian or predikat is no year's
    if (vc.triwulan !== undefined && (vc.role === "capaian" || vc.role === "predikat")) return;
    if (vc.triwulan !== undefined && (vc.role === "target" || vc.role === "realisasi")) {
      const arr = ((yv.triwulan ??= {})[vc.role] ??= [null, null, null, null]);
      const k = vc.triwulan - 1;
      const cur = arr[k];
      const field = `triwulan.${vc.role}.${vc.triwulan}`;
      if (!cur) arr[k] = v;
      else if (!sameValue(cur, v)) this.conflict(e, field, y, cur, v, rec.tableId);
      else this.copy(e, field, y, v, rec.tableId, false);
      return;
    }
    const key =
      vc.role === "capaian" ? "capaianTercetak" : vc.role === "predikat" ? "predikatTercetak" : vc.role;
    this.put(e, yv as Slots, key, v, key, y, rec.tableId);
  }

  private fileRenstra(e: Entry, rec: IndicatorRecord, vc: ValueSlot, v: SourcedValue): void {
    const r = (e.ind.renstra ??= { targets: {} });
    if (vc.role === "baseline" || vc.role === "targetAkhir") {
      const key = vc.role === "baseline" ? "baseline" : "akhir";
      this.put(e, r as unknown as Slots, key, v, vc.role, undefined, rec.tableId);
      // "Kondisi Akhir (2026)" right of targets up to 2024: the period runs to 2026, so the years shown
      // are not all of it (an end target is then no sum or last of them)
      if (vc.role === "targetAkhir" && vc.tahun !== undefined && r.periode && vc.tahun > r.periode[1])
        r.periode[1] = vc.tahun;
      return;
    }
    const y = this.yearOf(rec, vc);
    const slot =
      vc.role === "renstraTarget"
        ? r.targets
        : vc.role === "renstraRealisasi"
          ? (r.realisasi ??= {})
          : vc.role === "renstraKumulatif"
            ? (r.kumulatif ??= {})
            : (r.capaianTercetak ??= {});
    const newYear = slot === r.targets && r.targets[y] === undefined;
    this.put(e, slot, y, v, vc.role, y, rec.tableId);
    // The period spans the target years and only this line sets it, so it widens as target years arrive.
    if (newYear) {
      const n = Number(y);
      // widened in place: the pair is this indicator's own, and a new pair per target year cost 5 arrays
      // per Renstra row
      const p = r.periode;
      if (p) {
        p[0] = Math.min(p[0], n);
        p[1] = Math.max(p[1], n);
      } else r.periode = [n, n];
    }
  }

  private fileAnggaran(e: Entry, rec: IndicatorRecord, vc: ValueSlot, v: SourcedValue): void {
    const a = (e.ind.anggaran ??= {});
    // a Renstra's Rp per year is that year's planned funding, not the budget of the reporting year
    if (vc.role === "pagu" && rec.kind === "renstra" && vc.tahun !== undefined) {
      const y = String(vc.tahun);
      this.put(e, ((e.ind.renstra ??= { targets: {} }).pagu ??= {}), y, v, "paguRenstra", y, rec.tableId);
      return;
    }
    if (vc.role === "realisasiAnggaran" && vc.triwulan !== undefined) {
      const arr = (a.realisasiTriwulan ??= [null, null, null, null]);
      const k = vc.triwulan - 1;
      if (!arr[k]) arr[k] = v;
      return;
    }
    if (vc.role === "realisasiAnggaranRenstra") {
      const y = this.yearOf(rec, vc);
      this.put(e, (a.realisasiRenstra ??= {}), y, v, vc.role, y, rec.tableId);
      return;
    }
    this.put(e, a as Slots, ANGGARAN_SLOT[vc.role]!, v, vc.role, undefined, rec.tableId);
  }

  private copy(
    e: Entry,
    field: string,
    tahun: string | undefined,
    other: SourcedValue,
    tableId: string,
    berbeda: boolean,
  ): void {
    // two literals, not a spread of a temporary object: a copy is filed for most values of a joined row
    const alt =
      tahun !== undefined
        ? { field, value: other, tableId, berbeda, tahun }
        : { field, value: other, tableId, berbeda };
    // the first copy in an array of one: a push onto [] reserves 17 slots, 128 bytes per indicator that
    // has a copy (1.2 MB at 10,000 rows), and most have one
    if (e.ind.alternatif) e.ind.alternatif.push(alt);
    else e.ind.alternatif = [alt];
  }

  private conflict(
    e: Entry,
    field: string,
    tahun: string | undefined,
    kept: SourcedValue,
    other: SourcedValue,
    tableId: string,
  ): void {
    this.copy(e, field, tahun, other, tableId, true);
    const words = FIELD_WORDS[field] ?? { id: field, en: field };
    const w = tahun ? { id: `${words.id} ${tahun}`, en: `${words.en} for ${tahun}` } : words;
    if (kept.source && other.source)
      this.temuan.push(nilaiBerbeda(w, kept.source, show(kept), other.source, show(other), e.ind.id));
  }

  /** Put v in slot unless it is taken; a different value already there is kept and reported. */
  private put(
    e: Entry,
    obj: Slots,
    key: string,
    v: SourcedValue,
    field: string,
    tahun: string | undefined,
    tableId: string,
  ): void {
    const cur = obj[key];
    if (!cur) obj[key] = v;
    else if (cur.source?.sheet === v.source?.sheet && cur.source?.cell === v.source?.cell) return;
    else if (!sameValue(cur, v)) this.conflict(e, field, tahun, cur, v, tableId);
    else this.copy(e, field, tahun, v, tableId, false);
  }
}
