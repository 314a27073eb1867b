/**
 * How a generated sheet prints, as the seed reports print their tables: landscape, one page wide
 * (as many pages down as the rows need), the header repeated on every page, margins of about
 * 2 cm at the sides and 2.5 cm at the top and bottom.
 */
import type { PageSetup } from "../plan";
import type { Settings } from "../settings";

export const REPORT_MARGINS: PageSetup["margins"] = {
  left: 2,
  right: 2,
  top: 2.5,
  bottom: 2.5,
  header: 1,
  footer: 1,
};

export function printSetup(
  kertas: Settings["kertas"],
  printArea: string,
  titleRows?: { first: number; last: number },
): PageSetup {
  const setup: PageSetup = {
    orientation: "landscape",
    paper: kertas,
    fitToWidth: 1,
    printArea,
    margins: { ...REPORT_MARGINS },
    centerHorizontally: true,
  };
  if (titleRows) setup.titleRows = titleRows;
  return setup;
}
