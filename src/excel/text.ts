/** Which strings Excel would not keep as typed, and so get the text format first. */

// English and Indonesian month names and abbreviations, which Excel reads as dates.
const MONTH = "(jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|sep|oct|okt|nov|dec|des)[a-z]*\\.?";
const DAY_MONTH = new RegExp(`^\\d{1,2}[-\\s/]?${MONTH}([-\\s/,]+\\d{2,4})?$`, "i");
const MONTH_YEAR = new RegExp(`^${MONTH}[-\\s/,]+\\d{1,4}$`, "i");

/** Excel's error values: typed into a General cell they become errors, not text. */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/i;

/**
 * Text Excel would turn into something else when typed into a General cell: formulas (= + - @),
 * a leading apostrophe (Excel's text prefix, dropped from the value), error values ("#N/A") and
 * text that parses as a number, fraction ("1 1/2"), percentage, boolean, date or time. Such cells
 * get the text format "@" in the same request, before their value, so the string is stored as
 * written (in a text cell Excel keeps an apostrophe too; docs/EXCEL-CHECKS.md has the live check).
 */
export function needsTextFormat(s: string): boolean {
  if (/^[=+\-@']/.test(s)) return true;
  const t = s.trim();
  if (t === "") return false;
  return (
    /^(rp\.?\s?|[$€£]\s?)?[+-]?(\d[\d.,\s]*|[.,]\d+)(e[+-]?\d+)?\s?%?$/i.test(t) ||
    /^\(\d[\d.,]*\)$/.test(t) ||
    /^(true|false|benar|salah)$/i.test(t) ||
    ERROR_VALUE.test(t) ||
    /^[+-]?\d+\s+\d+\/\d+$/.test(t) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(t) ||
    DAY_MONTH.test(t) ||
    MONTH_YEAR.test(t) ||
    /^\d{1,2}:\d{2}/.test(t)
  );
}
