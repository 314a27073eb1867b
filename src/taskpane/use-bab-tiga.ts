/**
 * What the "Bab III (Word)" section does: builds what Bab III prints from the last run, makes the
 * .docx on demand (the `docx` package is its own chunk, fetched on the first click), and copies the
 * tables (HTML for Word) and the narrative. Every outcome is a message; a failed copy also leaves
 * the content on screen to copy by hand.
 */
import { useMemo, useState } from "react";
import type { BabTigaInput } from "../docx/bab3";
import { babTigaInput } from "../docx/input";
import { tabelHtmlSemua, tabelTeksSemua } from "../docx/table-html";
import { teksNarasi } from "../engine/narrative";
import { TABEL_SEMUA } from "../engine/settings";
import type { TableModel } from "../engine/tables";
import type { RunOutcome } from "../pipeline/run";
import { salin, type IsiSalin } from "./clipboard-html";
import { unduhBlob, UnduhGagal } from "./download";
import type { HostBridge } from "./host-bridge";
import type { Strings } from "./i18n";

export type RunOk = Extract<RunOutcome, { ok: true }>;

export interface PesanBabTiga {
  intent: "success" | "info" | "error";
  teks: string;
}

/** What to copy by hand when the clipboard refused: a table as HTML, or plain text. */
export interface SalinManual extends IsiSalin {
  judul: string;
}

/**
 * The tables of Bab III: the ones the run wrote, or, after Hitung (which writes no table), every
 * table with data for the year.
 */
export function inputDariOutcome(outcome: RunOk, opdTerbaca: string | null): BabTigaInput {
  const { settings } = outcome;
  const dipilih = settings.tabel.length > 0;
  return babTigaInput({
    read: outcome.read,
    result: outcome.result,
    settings: dipilih ? settings : { ...settings, tabel: [...TABEL_SEMUA] },
    ...(dipilih ? { tabelDilewati: outcome.tabelDilewati } : {}),
    opd: settings.opd ?? opdTerbaca,
    bahasa: settings.bahasa,
    berkas: null,
  });
}

export function namaBerkas(input: BabTigaInput): string {
  return `Bab III ${input.tahun}.docx`;
}

function detailOf(e: unknown): string {
  return e instanceof Error ? e.name : String(e);
}

/** Builds the .docx and hands it to the host or the browser; what happened, as the pane says it. */
export async function unduhBabTiga(input: BabTigaInput, host: HostBridge, t: Strings): Promise<PesanBabTiga> {
  const nama = namaBerkas(input);
  let blob: Blob;
  try {
    const { babTigaBlob } = await import(/* webpackChunkName: "docx" */ "../docx");
    blob = await babTigaBlob(input);
  } catch (e) {
    return { intent: "error", teks: t.babTigaSusunGagal(detailOf(e)) };
  }
  try {
    if (host.saveFile) {
      await host.saveFile(nama, blob);
      return { intent: "success", teks: t.babTigaDisimpan(nama) };
    }
    unduhBlob(nama, blob);
    // the page is never told whether the host saved it: the other way is named with it
    return { intent: "info", teks: t.babTigaDiunduh(nama) };
  } catch (e) {
    return {
      intent: "error",
      teks: e instanceof UnduhGagal ? t.babTigaUnduhGagal : t.babTigaSusunGagal(detailOf(e)),
    };
  }
}

export function useBabTiga(outcome: RunOk, host: HostBridge, t: Strings) {
  const input = useMemo(() => inputDariOutcome(outcome, outcome.opd), [outcome]);
  const [menyusun, setMenyusun] = useState(false);
  const [pesan, setPesan] = useState<PesanBabTiga | null>(null);
  const [manual, setManual] = useState<SalinManual | null>(null);

  const unduh = () => {
    setMenyusun(true);
    setPesan(null);
    setManual(null);
    void unduhBabTiga(input, host, t).then((p) => {
      setPesan(p);
      setMenyusun(false);
    });
  };

  // Called straight from the click (no await before salin): WebKit allows a copy only inside it.
  const salinIsi = (isi: SalinManual, berhasil: string) => {
    setManual(null);
    salin(isi).then(
      () => setPesan({ intent: "success", teks: berhasil }),
      () => {
        setPesan({ intent: "error", teks: t.babTigaSalinGagal });
        setManual(isi);
      },
    );
  };

  const salinTabel = (models: TableModel[], judul: string) =>
    salinIsi(
      { judul, html: tabelHtmlSemua(models, input.bahasa), teks: tabelTeksSemua(models, input.bahasa) },
      t.babTigaTabelDisalin(judul),
    );

  const salinNarasi = (nomor: string) => {
    const n = input.narasi.find((x) => x.nomor === nomor);
    if (!n) return;
    salinIsi({ judul: nomor, teks: teksNarasi(n, input.bahasa) }, t.babTigaNarasiDisalin(nomor));
  };

  return {
    input,
    menyusun,
    pesan,
    manual,
    unduh,
    salinTabel,
    salinNarasi,
    tutupPesan: () => {
      setPesan(null);
      setManual(null);
    },
  };
}
