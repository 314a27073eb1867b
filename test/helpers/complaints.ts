/** The warnings and errors a run gives, as the pipeline makes them (reader, then engine), each "KODE pesan". */
import { compute } from "../../src/engine/compute";
import type { ReadResult } from "../../src/engine/mapping";
import { Settings } from "../../src/engine/settings";

export function complaints(r: ReadResult, tahun: number): string[] {
  return compute(r, Settings.parse({ tahun }))
    .temuan.filter((t) => t.tingkat === "galat" || t.tingkat === "peringatan")
    .map((t) => `${t.kode} ${t.pesan.id}`);
}
