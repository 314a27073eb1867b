/**
 * "Bab III (Word)" in the pane over the real pipeline: shown only after a successful run; the
 * download is a .docx Blob (a ZIP with word/document.xml) clicked through an <a download>; the
 * tables go on the clipboard as HTML + plain text (async Clipboard API, or the copy command when
 * ClipboardItem is missing); the narrative as plain text; every refusal is said in the pane.
 */
// first: the .docx is built with TextEncoder, which jsdom lacks
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { teksSel } from "../../src/docx/cell-text";
import { teksNarasi } from "../../src/engine/narrative";
import { App } from "../../src/taskpane/App";
import type { HostBridge } from "../../src/taskpane/host-bridge";
import { inputDariOutcome, type RunOk } from "../../src/taskpane/use-bab-tiga";
import { runCapaian } from "../../src/pipeline/run";
import { memoryGateway, SEED_ROWS, SHEET, snapshotOf } from "./helpers";

jest.setTimeout(30000);

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function setup(extra: Partial<HostBridge> = {}) {
  const { gateway } = memoryGateway(snapshotOf(SEED_ROWS));
  const host: HostBridge = {
    gateway,
    selectCell: async () => undefined,
    getSelectedRange: async () => ({ sheet: SHEET, range: "A4:H11" }),
    ...extra,
  };
  render(<App host={host} lang="id" theme="light" />);
}

async function hitung() {
  await screen.findByText(/7 indikator terbaca/);
  expect(screen.queryByRole("button", { name: "Unduh Bab III (.docx)" })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Hitung Capaian" }));
  await screen.findByText("Selesai: 7 indikator tahun 2024 dihitung.", undefined, { timeout: 20000 });
}

/** The outcome the pane's Hitung run has, for what the copies should hold. */
async function expectedInput() {
  const { gateway } = memoryGateway(snapshotOf(SEED_ROWS));
  const out = (await runCapaian(gateway, { tulis: false, tabel: [] })) as RunOk;
  return inputDariOutcome(out, null);
}

function readBlob(blob: Blob, as: "bytes" | "text"): Promise<Uint8Array | string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(as === "text" ? (r.result as string) : new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    if (as === "text") r.readAsText(blob);
    else r.readAsArrayBuffer(blob);
  });
}

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

const g = globalThis as unknown as { ClipboardItem?: unknown; URL: typeof URL };

function installClipboard(write: jest.Mock, writeText: jest.Mock, withItem = true) {
  Object.defineProperty(navigator, "clipboard", { value: { write, writeText }, configurable: true });
  if (withItem) g.ClipboardItem = FakeClipboardItem;
  else delete g.ClipboardItem;
}

afterEach(() => {
  delete g.ClipboardItem;
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
  delete (document as { execCommand?: unknown }).execCommand;
  jest.restoreAllMocks();
});

test("after Hitung, Unduh builds the .docx and clicks it through an <a download> with a Blob URL", async () => {
  const blobs: Blob[] = [];
  g.URL.createObjectURL = jest.fn((b: Blob) => {
    blobs.push(b);
    return "blob:bab3";
  });
  g.URL.revokeObjectURL = jest.fn();
  const clicked: HTMLAnchorElement[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  setup();
  await hitung();
  fireEvent.click(screen.getByRole("button", { name: "Unduh Bab III (.docx)" }));
  await screen.findByText(/"Bab III 2024\.docx" dikirim sebagai unduhan/, undefined, { timeout: 20000 });
  expect(clicked).toHaveLength(1);
  expect(clicked[0]!.download).toBe("Bab III 2024.docx");
  expect(clicked[0]!.getAttribute("href")).toBe("blob:bab3");
  expect(blobs[0]!.type).toBe(DOCX_MIME);
  const bytes = (await readBlob(blobs[0]!, "bytes")) as Uint8Array;
  expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("Tabel 3.1");
  // the same message tells where else to go: the page cannot know whether the host saved the file
  expect(screen.getByText(/Salin tabel untuk Word/)).toBeTruthy();
});

test("a host with saveFile gets the file to save", async () => {
  const saved: [string, Blob][] = [];
  setup({ saveFile: async (name, blob) => void saved.push([name, blob]) });
  await hitung();
  fireEvent.click(screen.getByRole("button", { name: "Unduh Bab III (.docx)" }));
  await screen.findByText('Bab III disimpan sebagai "Bab III 2024.docx".', undefined, { timeout: 20000 });
  expect(saved[0]![1].type).toBe(DOCX_MIME);
});

test("no Blob URL in the webview: the pane says the download cannot happen and what to do", async () => {
  // jsdom has no URL.createObjectURL: the feature test fails as in a webview without it
  delete (g.URL as { createObjectURL?: unknown }).createObjectURL;
  setup();
  await hitung();
  fireEvent.click(screen.getByRole("button", { name: "Unduh Bab III (.docx)" }));
  const msg = await screen.findByText(/tidak mengizinkan unduhan dari panel/, undefined, { timeout: 20000 });
  expect(msg.textContent).toMatch(/Salin tabel untuk Word/);
});

test("Salin Tabel 3.1 puts HTML whose cells are the model's and plain text on the clipboard", async () => {
  const write = jest.fn(async () => undefined);
  installClipboard(write, jest.fn());
  setup();
  await hitung();
  const model = (await expectedInput()).tables.find((m) => m.nomor === "3.1")!;
  act(() => fireEvent.click(screen.getByRole("button", { name: "Salin Tabel 3.1 untuk Word" })));
  await screen.findByText(/Tabel 3\.1 disalin\. Tempel di Word/);
  const item = (write.mock.calls[0] as unknown as [FakeClipboardItem[]])[0][0]!;
  const html = (await readBlob(item.items["text/html"]!, "text")) as string;
  const plain = (await readBlob(item.items["text/plain"]!, "text")) as string;
  const doc = new DOMParser().parseFromString(html, "text/html");
  const cells = Array.from(doc.querySelectorAll("th,td")).map((c) => c.textContent);
  const want = [...model.header, ...model.body].flatMap((r) =>
    r.cells.flatMap((c) => (c ? [teksSel(c, "id").replace(/\n/g, "")] : [])),
  );
  expect(want.length).toBeGreaterThan(20);
  expect(cells).toEqual(want);
  expect(plain.split("\n")[0]).toBe(`Tabel 3.1 ${model.judul}`);
});

test("without ClipboardItem the copy command carries the HTML; the narrative goes as text", async () => {
  const set: Record<string, string> = {};
  document.execCommand = jest.fn(() => {
    const e = new Event("copy", { cancelable: true }) as Event & { clipboardData: unknown };
    e.clipboardData = { setData: (type: string, v: string) => void (set[type] = v) };
    document.dispatchEvent(e);
    return true;
  });
  const writeText = jest.fn(async () => undefined);
  installClipboard(jest.fn(), writeText, false);
  setup();
  await hitung();
  fireEvent.click(screen.getByRole("button", { name: "Salin Tabel 3.1 untuk Word" }));
  await screen.findByText(/Tabel 3\.1 disalin/);
  expect(document.execCommand).toHaveBeenCalledWith("copy");
  expect(set["text/html"]).toMatch(/^<p[^>]*>Tabel 3\.1 .*<table/);
  expect(set["text/plain"]).toMatch(/^Tabel 3\.1 /);

  const narasi = (await expectedInput()).narasi.find((n) => n.nomor === "3.1")!;
  fireEvent.click(screen.getByRole("button", { name: "Salin narasi Tabel 3.1" }));
  await screen.findByText("Narasi Tabel 3.1 disalin sebagai teks biasa.");
  expect(writeText).toHaveBeenCalledWith(teksNarasi(narasi, "id"));
});

test("a refused clipboard is said in the pane, with the content left to copy by hand", async () => {
  installClipboard(
    jest.fn(async () => Promise.reject(new DOMException("blocked by permissions policy", "NotAllowedError"))),
    jest.fn(),
  );
  setup();
  await hitung();
  fireEvent.click(screen.getByRole("button", { name: "Salin Tabel 3.1 untuk Word" }));
  await screen.findByText(/Papan klip tidak dapat diisi dari panel ini/);
  const manual = screen.getByRole("region", { name: "Isi untuk disalin manual" });
  expect(within(manual).getAllByRole("table")).toHaveLength(1);
  fireEvent.click(screen.getByRole("button", { name: "Tutup" }));
  await waitFor(() => expect(screen.queryByRole("region", { name: "Isi untuk disalin manual" })).toBeNull());
});
