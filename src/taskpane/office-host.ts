/**
 * The Office side of the host bridge: the Excel gateway (with its "go to cell" and "what is
 * selected"), language and theme. The only file of the pane that reads Office.js globals.
 */
import { createExcelGateway } from "../excel/gateway";
import { themeOf, type HostBridge, type ThemeName } from "./host-bridge";
import { languageOf, type Lang } from "./i18n";

export function officeHost(): HostBridge {
  const gateway = createExcelGateway(Excel.run);
  return {
    gateway,
    selectCell: (sheet, cell) => gateway.selectCell(sheet, cell),
    getSelectedRange: () => gateway.getSelectedRange(),
  };
}

export function officeLook(): { lang: Lang; theme: ThemeName } {
  const ctx = typeof Office !== "undefined" ? Office.context : undefined;
  return {
    lang: languageOf(ctx?.displayLanguage),
    theme: themeOf(ctx?.officeTheme?.bodyBackgroundColor),
  };
}
