/**
 * Office's display language and theme, read once Office is ready. Kept apart from office-host.ts
 * (which brings the Excel gateway) so the pane's first paint needs no engine code.
 */
import { themeOf, type ThemeName } from "./host-bridge";
import { languageOf, type Lang } from "./i18n";

export function officeLook(): { lang: Lang; theme: ThemeName } {
  const ctx = typeof Office !== "undefined" ? Office.context : undefined;
  return {
    lang: languageOf(ctx?.displayLanguage),
    theme: themeOf(ctx?.officeTheme?.bodyBackgroundColor),
  };
}
