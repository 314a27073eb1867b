/**
 * Whether a chart's indicators share one unit. Target and realisasi of a percentage and of a count
 * on one value axis are not comparable: 16.013 KK flattens 3,25 % to nothing. The tables chart them
 * only when every unit is the same, and the unit-free capaian (%) otherwise.
 */

/** "%", " Persen ", "persen" are one unit; "KK" and "kk" too. No unit stays "" (unknown). */
export function satuanBaku(satuan: string | null): string {
  const s = (satuan ?? "").toLowerCase().replace(/\s+/g, "");
  return s === "persen" || s === "percent" || s === "prosen" ? "%" : s;
}

/**
 * One unit for all. An indicator without a unit is not assumed to share the others': it may be the
 * count that flattens the percentages.
 */
export function satuanSeragam(satuan: ReadonlyArray<string | null>): boolean {
  const first = satuan.length > 0 ? satuanBaku(satuan[0]!) : "";
  return satuan.every((s) => satuanBaku(s) === first);
}
