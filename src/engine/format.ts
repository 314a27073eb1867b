/** Numbers in messages: Indonesian ("57.367.577.759", "106,67") or English ("57,367,577,759", "106.67"). */
export type Bahasa = "id" | "en";

/** The general reading, for magnitudes where toFixed switches to exponent notation. */
function formatUmum(n: number, bahasa: Bahasa, desimal: number): string {
  const fixed = Math.abs(n).toFixed(desimal);
  const [whole = "0", frac0 = ""] = fixed.split(".");
  const frac = frac0.replace(/0+$/, "");
  const thou = bahasa === "id" ? "." : ",";
  const dec = bahasa === "id" ? "," : ".";
  const grouped = whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, thou);
  const sign = n < 0 && (Number(whole) !== 0 || frac !== "") ? "-" : "";
  return sign + grouped + (frac ? dec + frac : "");
}

export function formatAngka(n: number, bahasa: Bahasa, desimal = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e21) return formatUmum(n, bahasa, desimal);
  // Every finding message formats several numbers: the same result as formatUmum, without splits and regexes.
  const fixed = abs.toFixed(desimal);
  const dot = fixed.indexOf(".");
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  let frac = "";
  if (dot >= 0) {
    let end = fixed.length;
    while (end > dot + 1 && fixed.charCodeAt(end - 1) === 48) end--;
    frac = fixed.slice(dot + 1, end);
  }
  const thou = bahasa === "id" ? "." : ",";
  let grouped = whole;
  if (whole.length > 3) {
    const head = whole.length % 3 || 3;
    grouped = whole.slice(0, head);
    for (let i = head; i < whole.length; i += 3) grouped += thou + whole.slice(i, i + 3);
  }
  const sign = n < 0 && (whole !== "0" || frac !== "") ? "-" : "";
  return sign + grouped + (frac ? (bahasa === "id" ? "," : ".") + frac : "");
}

export const fmtId = (n: number, desimal = 2): string => formatAngka(n, "id", desimal);
export const fmtEn = (n: number, desimal = 2): string => formatAngka(n, "en", desimal);
