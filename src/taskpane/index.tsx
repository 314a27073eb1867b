/** Entry of the task pane: render at once, then the pane reads the workbook (see use-capaian). */
import "./no-eval";
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { detectHost } from "../excel/host";
import { App } from "./App";
import { stringsFor } from "./i18n";
import { officeHost, officeLook } from "./office-host";

async function mount() {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const host = await detectHost();
  const { lang, theme } = officeLook();
  document.documentElement.lang = lang;
  if (!host.inExcel) {
    // Opened in a browser or another Office application: say where the add-in belongs.
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{stringsFor(lang).notInExcel}</MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
    return;
  }
  root.render(<App host={officeHost()} lang={lang} theme={theme} />);
}

void mount();
