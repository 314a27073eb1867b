/**
 * Filing a joined row's values into its indicator: each value in its slot (a year's target, a quarter,
 * the Renstra, the budget). A slot already filled by another table keeps its value; a different value
 * is kept beside it and reported (NILAI_BERBEDA_ANTAR_TABEL), an equal one is kept as a copy.
 */
import type { ParsedValue, SourcedValue, Temuan, YearValues } from "../engine/model";
import type { Entry } from "./join-index";
import { ANGGARAN_SLOT, type IndicatorRecord, type ValueCell } from "./read-model";
import { nilaiBerbeda, shown as show } from "./temuan";

type Slots = Partial<Record<string, SourcedValue>>;

function sameValue(a: ParsedValue, b: ParsedValue): boolean {
  if (a.kind === "number" && b.kind === "number") {
    const tol = Math.max(1e-9, Math.abs(a.value) * 1e-9);
    return Math.abs(a.value - b.value) <= tol;
  }
  if (a.kind === "grade" && b.kind === "grade") return a.grade === b.grade;
  if (a.kind === "range" && b.kind === "range") return a.low === b.low && a.high === b.high;
  if (a.kind === "text" && b.kind === "text") return a.text.toLowerCase() === b.text.toLowerCase();
  if (a.kind === "unreadable" && b.kind === "unreadable") return a.text === b.text;
  return a.kind === b.kind && a.kind === "blank";
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
    e.claimed.add(rec.tableId);
    e.records.push(rec);
    const ind = e.ind;
    if (!ind.kode && rec.kode) ind.kode = rec.kode;
    if (!ind.tujuan && rec.tujuan) ind.tujuan = rec.tujuan;
    if (!ind.sasaran && rec.sasaran) ind.sasaran = rec.sasaran;
    if (!ind.satuan && rec.satuan) ind.satuan = rec.satuan;
    if (!ind.program && rec.program) ind.program = rec.program;
    if (!ind.formula && rec.formula) ind.formula = rec.formula;
    if (!ind.sumberData && rec.sumberData) ind.sumberData = rec.sumberData;
    if (!ind.penanggungJawab && rec.penanggungJawab) ind.penanggungJawab = rec.penanggungJawab;
    for (const vc of rec.values) this.file(e, rec, vc);
  }

  private yearOf(rec: IndicatorRecord, vc: ValueCell): string {
    return String(vc.tahun ?? this.defaultYear(rec));
  }

  private file(e: Entry, rec: IndicatorRecord, vc: ValueCell): void {
    switch (vc.role) {
      case "target":
      case "realisasi":
      case "capaian":
      case "predikat":
        return this.fileYear(e, rec, vc);
      case "renstraTarget":
      case "renstraRealisasi":
      case "renstraKumulatif":
      case "capaianRenstra":
      case "baseline":
      case "targetAkhir":
        return this.fileRenstra(e, rec, vc);
      case "targetNasional":
        return this.put(
          e,
          e.ind as unknown as Slots,
          "targetNasional",
          vc.value,
          vc.role,
          undefined,
          rec.tableId,
        );
      case "pagu":
      case "realisasiAnggaran":
      case "serapan":
      case "sisa":
      case "paguRenstra":
      case "realisasiAnggaranRenstra":
        return this.fileAnggaran(e, rec, vc);
      default:
        return;
    }
  }

  private fileYear(e: Entry, rec: IndicatorRecord, vc: ValueCell): void {
    const y = this.yearOf(rec, vc);
    const yv: YearValues = (e.ind.tahun[y] ??= {});
    // a quarter's printed capaian or predikat is no year's
    if (vc.triwulan !== undefined && (vc.role === "capaian" || vc.role === "predikat")) return;
    if (vc.triwulan !== undefined && (vc.role === "target" || vc.role === "realisasi")) {
      const arr = ((yv.triwulan ??= {})[vc.role] ??= [null, null, null, null]);
      const k = vc.triwulan - 1;
      const cur = arr[k];
      const field = `triwulan.${vc.role}.${vc.triwulan}`;
      if (!cur) arr[k] = vc.value;
      else if (!sameValue(cur.parsed, vc.value.parsed))
        this.conflict(e, field, y, cur, vc.value, rec.tableId);
      else this.copy(e, field, y, vc.value, rec.tableId, false);
      return;
    }
    const key =
      vc.role === "capaian" ? "capaianTercetak" : vc.role === "predikat" ? "predikatTercetak" : vc.role;
    this.put(e, yv as Slots, key, vc.value, key, y, rec.tableId);
  }

  private fileRenstra(e: Entry, rec: IndicatorRecord, vc: ValueCell): void {
    const r = (e.ind.renstra ??= { targets: {} });
    if (vc.role === "baseline" || vc.role === "targetAkhir") {
      const key = vc.role === "baseline" ? "baseline" : "akhir";
      this.put(e, r as unknown as Slots, key, vc.value, vc.role, undefined, rec.tableId);
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
    this.put(e, slot, y, vc.value, vc.role, y, rec.tableId);
    // The period spans the target years and only this line sets it, so it widens as target years arrive.
    if (newYear) {
      const n = Number(y);
      r.periode = r.periode ? [Math.min(r.periode[0], n), Math.max(r.periode[1], n)] : [n, n];
    }
  }

  private fileAnggaran(e: Entry, rec: IndicatorRecord, vc: ValueCell): void {
    const a = (e.ind.anggaran ??= {});
    // a Renstra's Rp per year is that year's planned funding, not the budget of the reporting year
    if (vc.role === "pagu" && rec.kind === "renstra" && vc.tahun !== undefined) {
      const y = String(vc.tahun);
      this.put(
        e,
        ((e.ind.renstra ??= { targets: {} }).pagu ??= {}),
        y,
        vc.value,
        "paguRenstra",
        y,
        rec.tableId,
      );
      return;
    }
    if (vc.role === "realisasiAnggaran" && vc.triwulan !== undefined) {
      const arr = (a.realisasiTriwulan ??= [null, null, null, null]);
      const k = vc.triwulan - 1;
      if (!arr[k]) arr[k] = vc.value;
      return;
    }
    if (vc.role === "realisasiAnggaranRenstra") {
      const y = this.yearOf(rec, vc);
      this.put(e, (a.realisasiRenstra ??= {}), y, vc.value, vc.role, y, rec.tableId);
      return;
    }
    this.put(e, a as Slots, ANGGARAN_SLOT[vc.role]!, vc.value, vc.role, undefined, rec.tableId);
  }

  private copy(
    e: Entry,
    field: string,
    tahun: string | undefined,
    other: SourcedValue,
    tableId: string,
    berbeda: boolean,
  ): void {
    (e.ind.alternatif ??= []).push({
      field,
      value: other,
      tableId,
      berbeda,
      ...(tahun !== undefined ? { tahun } : {}),
    });
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
    else if (!sameValue(cur.parsed, v.parsed)) this.conflict(e, field, tahun, cur, v, tableId);
    else this.copy(e, field, tahun, v, tableId, false);
  }
}
