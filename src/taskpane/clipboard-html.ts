/**
 * Puts a table (HTML with a plain-text twin) or a text on the clipboard from the pane. Which way is
 * chosen by what the webview offers, never by its name:
 *   1. the async Clipboard API: `navigator.clipboard.write` with a ClipboardItem of text/html and
 *      text/plain (plain text alone: `writeText`);
 *   2. when that API or ClipboardItem is missing, or the host refuses it (Excel on the web's iframe may
 *      lack the clipboard-write permission), the copy command on a hidden editable copy of the content,
 *      whose copy event carries both flavours.
 * Call it straight from the click: WebKit (Excel on Mac) allows a copy only while the click lasts,
 * so the content is ready before the call. A copy nobody did throws SalinGagal, never passes silently.
 */

import { Gagal } from "./gagal";

export type CaraSalin = "clipboard-api" | "perintah-salin";

/** TIDAK_DIDUKUNG: the webview offers no way to copy; DITOLAK: every way it offers refused. */
export type KodeSalin = "SALIN_TIDAK_DIDUKUNG" | "SALIN_DITOLAK";

export class SalinGagal extends Gagal<KodeSalin> {
  constructor(kode: KodeSalin, cause?: unknown) {
    super("SalinGagal", kode, cause);
  }
}

export interface IsiSalin {
  teks: string;
  /** absent: plain text only */
  html?: string;
}

/** What the page offers; tests pass their own. */
export interface LingkunganSalin {
  clipboard?: Pick<Clipboard, "write" | "writeText">;
  ClipboardItem?: typeof ClipboardItem;
  document: Document;
}

export function lingkunganBrowser(): LingkunganSalin {
  return {
    clipboard: typeof navigator !== "undefined" ? navigator.clipboard : undefined,
    ClipboardItem: typeof ClipboardItem === "function" ? ClipboardItem : undefined,
    document,
  };
}

/** The async Clipboard API's write of this content, or null when the webview lacks what it needs. */
function lewatApi(isi: IsiSalin, env: LingkunganSalin): (() => Promise<void>) | null {
  const cb = env.clipboard;
  if (isi.html !== undefined) {
    const Item = env.ClipboardItem;
    if (!cb || typeof cb.write !== "function" || !Item) return null;
    const html = isi.html;
    return () =>
      cb.write([
        new Item({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([isi.teks], { type: "text/plain" }),
        }),
      ]);
  }
  if (!cb || typeof cb.writeText !== "function") return null;
  return () => cb.writeText(isi.teks);
}

/**
 * The copy command over a hidden editable block holding the content: the copy event sets both
 * flavours itself; a webview that ignores the event's data still copies the selected block.
 */
function lewatPerintahSalin(isi: IsiSalin, doc: Document): boolean {
  if (typeof doc.execCommand !== "function") return false;
  const box = doc.createElement("div");
  box.contentEditable = "true";
  box.setAttribute("aria-hidden", "true");
  box.style.cssText = "position:fixed;left:-10000px;top:0;opacity:0;white-space:pre-wrap";
  if (isi.html !== undefined) box.innerHTML = isi.html;
  else box.textContent = isi.teks;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData("text/plain", isi.teks);
    if (isi.html !== undefined) e.clipboardData.setData("text/html", isi.html);
    e.preventDefault();
  };
  doc.body.appendChild(box);
  doc.addEventListener("copy", onCopy);
  try {
    const range = doc.createRange();
    range.selectNodeContents(box);
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    doc.removeEventListener("copy", onCopy);
    doc.getSelection()?.removeAllRanges();
    box.remove();
  }
}

/** Copies `isi`; the first step runs before this returns, inside the caller's click. */
export function salin(isi: IsiSalin, env: LingkunganSalin = lingkunganBrowser()): Promise<CaraSalin> {
  const api = lewatApi(isi, env);
  if (!api) {
    return lewatPerintahSalin(isi, env.document)
      ? Promise.resolve("perintah-salin")
      : Promise.reject(new SalinGagal("SALIN_TIDAK_DIDUKUNG"));
  }
  let tulis: Promise<void>;
  try {
    tulis = api();
  } catch (e) {
    tulis = Promise.reject(e);
  }
  return tulis.then(
    () => "clipboard-api" as const,
    (e: unknown) => {
      // refused (permission policy, no focus): the copy command may still be allowed
      if (lewatPerintahSalin(isi, env.document)) return "perintah-salin" as const;
      throw new SalinGagal("SALIN_DITOLAK", e);
    },
  );
}
