/**
 * Entry of the task pane. The first paint needs only React and the pane's frame (PaneLoading); the
 * pane with the engine, reader and Excel gateway is a chunk fetched at once, in parallel with
 * Office's start-up, and rendered when both are ready (use-capaian then reads the workbook).
 */
import { createRoot } from "react-dom/client";
import { detectHost } from "../excel/host";
import { officeLook } from "./office-look";
import { PaneLoading } from "./PaneLoading";

async function mount() {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const main = import(/* webpackChunkName: "pane" */ "./pane-main");
  // Keep an early failure of the chunk from being reported before it is awaited below.
  main.catch(() => undefined);
  const host = await detectHost();
  const { lang, theme } = officeLook();
  document.documentElement.lang = lang;
  if (!host.inExcel) {
    const { NotInExcel } = await main;
    root.render(<NotInExcel lang={lang} />);
    return;
  }
  root.render(<PaneLoading lang={lang} theme={theme} />);
  try {
    const { ExcelPane } = await main;
    root.render(<ExcelPane lang={lang} theme={theme} />);
  } catch {
    root.render(<PaneLoading lang={lang} theme={theme} failed />);
  }
}

void mount();
