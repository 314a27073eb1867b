/** The pane with its providers: language, Office theme and host bridge. */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Pane } from "./components/Pane";
import { HostContext, type HostBridge, type ThemeName } from "./host-bridge";
import { LangContext, type Lang } from "./i18n";

export interface AppProps {
  host: HostBridge;
  lang: Lang;
  theme: ThemeName;
}

export function App({ host, lang, theme }: AppProps) {
  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      lang={lang === "en" ? "en-US" : "id-ID"}
      style={{ minHeight: "100vh" }}
    >
      <LangContext.Provider value={lang}>
        <HostContext.Provider value={host}>
          <ErrorBoundary>
            <Pane />
          </ErrorBoundary>
        </HostContext.Provider>
      </LangContext.Provider>
    </FluentProvider>
  );
}
