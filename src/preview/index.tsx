/**
 * Preview outside Excel: an .xlsx is read in the browser, held by the strict fake Excel, and the
 * real pane runs against it through the same Excel gateway it uses in Office.
 * URL options: ?file=<url of an .xlsx>, ?lang=en, ?theme=dark.
 */
import "../taskpane/no-eval";
import { createRoot, type Root } from "react-dom/client";
import { fakeWorkbookFromSnapshot, installFakeOffice } from "../excel/fake";
import { readPackageSnapshot } from "../xlsx/package-snapshot";
import { officeHost } from "../taskpane/office-host";
import type { HostBridge, ThemeName } from "../taskpane/host-bridge";
import type { Lang } from "../taskpane/i18n";
import { technicalDetail } from "../taskpane/components/ErrorMessage";
import { browserZip } from "./inflate";
import { Preview, type LoadedWorkbook } from "./Preview";

const DEFAULT_FILE = "assets/sample/contoh-dinsos-bengkalis-2023.xlsx";

const params = new URLSearchParams(window.location.search);
const lang: Lang = params.get("lang") === "en" ? "en" : "id";
const theme: ThemeName = params.get("theme") === "dark" ? "dark" : "light";

let root: Root | null = null;
let current: LoadedWorkbook | null = null;
let version = 0;
let focus: { sheet: string; version: number } | null = null;

function render() {
  if (!root || !current) return;
  root.render(
    <Preview
      key={current.name + ":" + loads}
      workbook={current}
      lang={lang}
      theme={theme}
      version={version}
      focus={focus}
      onFile={(file) => void file.arrayBuffer().then((b) => load(file.name, new Uint8Array(b)))}
      onSelectCells={selectCells}
    />,
  );
}

/** The user selects cells in the grid, as in Excel: what the pane's getSelectedRange then reads. */
function selectCells(sheet: string, address: string) {
  if (!current) return;
  current.state.selection = { sheet, address };
  version++;
  render();
}

/** The pane's own host bridge over the fake, told to redraw the grid after each write or selection. */
function watched(host: HostBridge): HostBridge {
  return {
    gateway: {
      read: () => host.gateway.read(),
      async apply(plan) {
        try {
          return await host.gateway.apply(plan);
        } finally {
          version++;
          render();
        }
      },
    },
    async selectCell(sheet, cell) {
      await host.selectCell(sheet, cell);
      version++;
      focus = { sheet, version };
      render();
    },
    getSelectedRange: () => host.getSelectedRange(),
  };
}

let loads = 0;

async function load(name: string, bytes: Uint8Array) {
  try {
    const snapshot = await readPackageSnapshot(bytes, browserZip);
    const fake = fakeWorkbookFromSnapshot(snapshot);
    installFakeOffice(fake, { displayLanguage: lang === "en" ? "en-US" : "id-ID" });
    loads++;
    version = 0;
    focus = null;
    current = { name, state: fake.state, host: watched(officeHost()) };
    document.title = `Pratinjau: ${name}`;
    render();
  } catch (e) {
    showFailure(`Berkas ${name} tidak dapat dibuka.`, e);
  }
}

function showFailure(title: string, e: unknown) {
  const container = document.getElementById("container");
  if (!container) return;
  root?.unmount();
  root = null;
  container.innerHTML = "";
  const h = document.createElement("p");
  h.setAttribute("role", "alert");
  h.textContent = title;
  const pre = document.createElement("pre");
  pre.textContent = technicalDetail(e);
  container.append(h, pre);
}

async function start() {
  const container = document.getElementById("container");
  if (!container) return;
  const file = params.get("file") ?? DEFAULT_FILE;
  const response = await fetch(file);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${file}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  container.innerHTML = "";
  root = createRoot(container);
  await load(file.split("/").pop() ?? file, bytes);
}

// Wait for the real office.js to settle before the fake replaces its globals: its onReady
// continuation still reads the real Office object.
void Office.onReady()
  .then(() => start())
  .catch((e: unknown) => showFailure("Pratinjau gagal dimuat.", e));
