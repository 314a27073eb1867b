/**
 * Offers a file made in the pane as a download: a Blob URL on an <a download> that is clicked.
 * Whether the webview can is known only by what it offers (URL.createObjectURL, the anchor's
 * `download`); whether it then saves the file is not reported to the page at all (Excel on Mac's
 * WKWebView ignores the click without an error), so the pane always names the other way too.
 */

import { Gagal } from "./gagal";

export type KodeUnduh = "UNDUH_TIDAK_DIDUKUNG" | "UNDUH_GAGAL";

export class UnduhGagal extends Gagal<KodeUnduh> {
  constructor(kode: KodeUnduh, cause?: unknown) {
    super("UnduhGagal", kode, cause);
  }
}

/** How long the Blob URL stays valid after the click: a browser reads it after the click returns. */
const URL_LIFETIME_MS = 60_000;

/** Whether this webview has what a Blob download needs (not whether its host lets the file through). */
export function dapatMengunduh(doc: Document = document): boolean {
  return (
    typeof URL !== "undefined" &&
    typeof URL.createObjectURL === "function" &&
    "download" in doc.createElement("a")
  );
}

export function unduhBlob(nama: string, blob: Blob, doc: Document = document): void {
  if (!dapatMengunduh(doc)) throw new UnduhGagal("UNDUH_TIDAK_DIDUKUNG");
  let url: string;
  try {
    url = URL.createObjectURL(blob);
  } catch (e) {
    throw new UnduhGagal("UNDUH_GAGAL", e);
  }
  const a = doc.createElement("a");
  a.href = url;
  a.download = nama;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  try {
    a.click();
  } catch (e) {
    URL.revokeObjectURL(url);
    throw new UnduhGagal("UNDUH_GAGAL", e);
  } finally {
    a.remove();
  }
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
