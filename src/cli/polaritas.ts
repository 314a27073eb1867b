/**
 * `--polaritas <file.json>`: the user's polaritas per indicator. Keys are indicator ids or indicator texts,
 * matched without regard to case or spaces; values are the five polaritas. The file is checked before any
 * workbook is opened; the keys are matched once a workbook's indicators are known.
 */
import { readFile } from "node:fs/promises";
import { Polaritas, type Indicator } from "../engine/model";
import { type Bahasa, msg } from "./messages";

/** The file's entries in their order: [key as written, polaritas]. */
export type PolaritasEntries = ReadonlyArray<readonly [string, Polaritas]>;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export async function readPolaritasFile(file: string, b: Bahasa): Promise<Checked<PolaritasEntries>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    const alasan =
      (e as NodeJS.ErrnoException).code === "ENOENT"
        ? msg("notFound", b, { berkas: file })
        : String((e as Error).message);
    return { ok: false, message: msg("badPolaritasFile", b, { berkas: file, alasan }) };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return {
      ok: false,
      message: msg("badPolaritasFile", b, { berkas: file, alasan: msg("polaritasNotObject", b) }),
    };
  const entries: [string, Polaritas][] = [];
  for (const [kunci, nilai] of Object.entries(json)) {
    const p = Polaritas.safeParse(typeof nilai === "string" ? nilai.trim().toLowerCase() : nilai);
    if (!p.success)
      return {
        ok: false,
        message: msg("badPolaritasValue", b, { kunci, nilai: JSON.stringify(nilai) ?? "", berkas: file }),
      };
    entries.push([kunci, p.data]);
  }
  return { ok: true, value: entries };
}

const SPACES = /\s+/g;

function key(s: string): string {
  return s.toLowerCase().replace(SPACES, "");
}

/**
 * Keys → indicator ids of one workbook. A key is an id, or the text of one or more indicators (the same
 * wording under two sasaran gets the same polaritas). The first key that names nothing is returned.
 */
export function resolvePolaritas(
  entries: PolaritasEntries,
  indicators: ReadonlyArray<Pick<Indicator, "id" | "indikator">>,
): { ok: true; polaritas: Record<string, Polaritas> } | { ok: false; kunci: string } {
  const ids = new Map<string, string[]>();
  const texts = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, id: string) => {
    const list = m.get(k);
    if (list) list.push(id);
    else m.set(k, [id]);
  };
  for (const ind of indicators) {
    add(ids, key(ind.id), ind.id);
    add(texts, key(ind.indikator), ind.id);
  }
  const polaritas: Record<string, Polaritas> = {};
  for (const [kunci, p] of entries) {
    const k = key(kunci);
    const hit = k === "" ? undefined : (ids.get(k) ?? texts.get(k));
    if (!hit) return { ok: false, kunci };
    for (const id of hit) polaritas[id] = p;
  }
  return { ok: true, polaritas };
}
