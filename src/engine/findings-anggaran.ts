/** Findings on budgets (serapan, pagu, sisa, roll-ups) and on printed totals and averages. */
import type { Anggaran, AnggaranRow, PrintedAggregate, SourceRef, Temuan } from "./model";
import { angka, buatTemuan, denganSeharusnya, di } from "./temuan";
import { numOf } from "./indicator-kind";
import { serapan } from "./efficiency";
import { jumlah, rataRata } from "./aggregate";

/** Money is whole rupiah: half a rupiah either way is the same amount. */
export const TOLERANSI_RUPIAH = 0.5;

export function temuanAnggaran(
  a: Anggaran,
  label: string,
  fallback: SourceRef | undefined,
  toleransi: number,
  out: Temuan[],
  indicatorId?: string,
): void {
  const pagu = numOf(a.pagu);
  const real = numOf(a.realisasi);
  const paguRef = a.pagu?.source ?? fallback;
  const realRef = a.realisasi?.source ?? fallback;
  const s = serapan(pagu, real);
  const printed = a.persenTercetak?.parsed.kind === "number" ? a.persenTercetak.parsed.value : null;
  if (s !== null && printed !== null && Math.abs(s - printed) > toleransi) {
    const src = a.persenTercetak?.source ?? fallback;
    out.push(
      denganSeharusnya(
        buatTemuan(
          "SERAPAN_TIDAK_SESUAI",
          [src, realRef, paguRef],
          `Persentase realisasi anggaran "${label}" tercetak ${angka.id(printed)} %${di(src, "id")}, seharusnya ${angka.id(s)} % = ${angka.id(real as number)} ÷ ${angka.id(pagu as number)} × 100.`,
          `Budget absorption of "${label}" is printed ${angka.en(printed)} %${di(src, "en")}; expected ${angka.en(s)} % = ${angka.en(real as number)} ÷ ${angka.en(pagu as number)} × 100.`,
          indicatorId,
        ),
        s,
      ),
    );
  }
  if (pagu !== null && real !== null && real > pagu + TOLERANSI_RUPIAH) {
    out.push(
      buatTemuan(
        "REALISASI_MELEBIHI_PAGU",
        [realRef, paguRef],
        `Realisasi anggaran "${label}" ${angka.id(real)}${di(realRef, "id")} melebihi pagu ${angka.id(pagu)} sebesar ${angka.id(real - pagu)}; realisasi seharusnya tidak lebih dari pagu.`,
        `Spending on "${label}" ${angka.en(real)}${di(realRef, "en")} exceeds the pagu ${angka.en(pagu)} by ${angka.en(real - pagu)}; it should not exceed the pagu.`,
        indicatorId,
      ),
    );
  }
  const sisa = a.sisaTercetak?.parsed.kind === "number" ? a.sisaTercetak.parsed.value : null;
  if (pagu !== null && real !== null && sisa !== null && Math.abs(pagu - real - sisa) > TOLERANSI_RUPIAH) {
    const src = a.sisaTercetak?.source ?? fallback;
    out.push(
      denganSeharusnya(
        buatTemuan(
          "SISA_TIDAK_SESUAI",
          [src, paguRef, realRef],
          `Sisa anggaran "${label}" tercetak ${angka.id(sisa)}${di(src, "id")}, seharusnya ${angka.id(pagu - real)} = pagu ${angka.id(pagu)} − realisasi ${angka.id(real)}.`,
          `The unspent budget of "${label}" is printed ${angka.en(sisa)}${di(src, "en")}; expected ${angka.en(pagu - real)} = pagu ${angka.en(pagu)} − spending ${angka.en(real)}.`,
          indicatorId,
        ),
        pagu - real,
      ),
    );
  }
}

/** Program = Σ kegiatan = Σ sub kegiatan, for pagu and realisasi. */
export function temuanRollUp(rows: ReadonlyArray<AnggaranRow>, out: Temuan[]): void {
  const children = new Map<string, AnggaranRow[]>();
  for (const r of rows) {
    if (!r.parentId) continue;
    const list = children.get(r.parentId);
    if (list) list.push(r);
    else children.set(r.parentId, [r]);
  }
  for (const parent of rows) {
    const kids = children.get(parent.id);
    if (!kids || kids.length === 0) continue;
    const fields: Array<["pagu" | "realisasi", string, string]> = [
      ["pagu", "Pagu", "The pagu"],
      ["realisasi", "Realisasi", "The spending"],
    ];
    for (const [f, labelId, labelEn] of fields) {
      const own = numOf(parent.anggaran[f]);
      const sum = jumlah(kids.map((k) => numOf(k.anggaran[f])));
      if (own === null || sum === null || Math.abs(own - sum) <= TOLERANSI_RUPIAH) continue;
      const src = parent.anggaran[f]?.source ?? parent.source;
      const jenis = kids[0]?.level === "subkegiatan" ? "sub kegiatan" : (kids[0]?.level ?? "rincian");
      out.push(
        denganSeharusnya(
          buatTemuan(
            "JUMLAH_TIDAK_SESUAI",
            [src, ...kids.map((k) => k.anggaran[f]?.source ?? k.source)],
            `${labelId} "${parent.nama}" tercetak ${angka.id(own)}${di(src, "id")}, tetapi jumlah ${kids.length} ${jenis} di bawahnya ${angka.id(sum)} (selisih ${angka.id(own - sum)}).`,
            `${labelEn} of "${parent.nama}" is printed ${angka.en(own)}${di(src, "en")}, but its ${kids.length} ${jenis} rows sum to ${angka.en(sum)} (difference ${angka.en(own - sum)}).`,
          ),
          sum,
        ),
      );
    }
  }
}

/** A printed total must equal Σ its rows; a printed average the mean of its rows. */
export function temuanAgregat(agg: PrintedAggregate, toleransi: number, out: Temuan[]): void {
  const printed = numOf(agg.printed);
  if (printed === null) return;
  const values = agg.members.map((m) => numOf(m));
  const src = agg.printed.source;
  const cells = [src, ...agg.members.map((m) => m.source)];
  if (agg.kind === "jumlah") {
    const sum = jumlah(values);
    if (sum === null || Math.abs(printed - sum) <= toleransi) return;
    out.push(
      denganSeharusnya(
        buatTemuan(
          "JUMLAH_TIDAK_SESUAI",
          cells,
          `"${agg.label}" tercetak ${angka.id(printed)}${di(src, "id")}, tetapi jumlah ${values.length} barisnya ${angka.id(sum)} (selisih ${angka.id(printed - sum)}).`,
          `"${agg.label}" is printed ${angka.en(printed)}${di(src, "en")}, but its ${values.length} rows sum to ${angka.en(sum)} (difference ${angka.en(printed - sum)}).`,
        ),
        sum,
      ),
    );
    return;
  }
  const mean = rataRata(values);
  if (mean === null || Math.abs(printed - mean) <= toleransi) return;
  out.push(
    denganSeharusnya(
      buatTemuan(
        "RATA_RATA_TIDAK_SESUAI",
        cells,
        `"${agg.label}" tercetak ${angka.id(printed)}${di(src, "id")}, tetapi rata-rata ${values.filter((v) => v !== null).length} nilai yang dirata-ratakan ${angka.id(mean)}; angka tercetak tidak dapat diturunkan dari barisnya.`,
        `"${agg.label}" is printed ${angka.en(printed)}${di(src, "en")}, but the mean of its ${values.filter((v) => v !== null).length} values is ${angka.en(mean)}; the printed figure cannot be derived from its rows.`,
      ),
      mean,
    ),
  );
}
