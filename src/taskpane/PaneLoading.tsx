/**
 * The pane's first paint: its frame (title, subtitle) and a spinner, in Office's theme and
 * language, while the rest of the pane (engine, reader, Excel gateway) is still loading. Only
 * React, the Fluent provider and Spinner are in the script taskpane.html loads before it.
 */
import { FluentProvider, Spinner, Text, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ThemeName } from "./host-bridge";
import { stringsFor, type Lang } from "./i18n";
import { usePaneStyles } from "./pane-styles";

export interface PaneLoadingProps {
  lang: Lang;
  theme: ThemeName;
  /** the rest of the pane could not be fetched: say so instead of spinning for ever */
  failed?: boolean;
}

export function PaneLoading({ lang, theme, failed = false }: PaneLoadingProps) {
  const styles = usePaneStyles();
  const t = stringsFor(lang);
  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      lang={lang === "en" ? "en-US" : "id-ID"}
      style={{ minHeight: "100vh" }}
    >
      <main className={styles.root} aria-busy={!failed} data-pane="loading">
        <header className={styles.header}>
          <h1 className={styles.h1}>{t.appTitle}</h1>
          <Text size={200}>{t.appSubtitle}</Text>
        </header>
        {failed ? (
          <Text role="alert">{t.loadFailed}</Text>
        ) : (
          <Spinner size="small" labelPosition="after" label={t.loadingPane} />
        )}
      </main>
    </FluentProvider>
  );
}
