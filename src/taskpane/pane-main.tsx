/**
 * The part of the pane loaded after its first paint (its own webpack chunk, see index.tsx): the
 * pane itself with the engine, the reader, the pipeline and the Excel gateway, and the message
 * shown outside Excel.
 */
import "./no-eval";
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { App } from "./App";
import type { ThemeName } from "./host-bridge";
import { stringsFor, type Lang } from "./i18n";
import { officeHost } from "./office-host";

export function ExcelPane({ lang, theme }: { lang: Lang; theme: ThemeName }) {
  const [host] = useState(officeHost);
  return <App host={host} lang={lang} theme={theme} />;
}

/** Opened in a browser or another Office application: say where the add-in belongs. */
export function NotInExcel({ lang }: { lang: Lang }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{stringsFor(lang).notInExcel}</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
