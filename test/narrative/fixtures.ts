/**
 * Narrative inputs: seed 000's Tabel 3.2 rows through the engine, and a lower-is-better indicator
 * with a history, a Renstra and a national standard (the shape of seed 000's Tabel 3.3.x / 3.4 rows).
 */
import { compute } from "../../src/engine/compute";
import type { ReadResult } from "../../src/engine/mapping";
import type { ComputeResult } from "../../src/engine/result";
import type { Settings } from "../../src/engine/settings";
import { readResult } from "../fixtures/writeback/seed000";
import { indicator, settings, sv } from "../engine/helpers";

export function seed000(s: Settings = settings()): ComputeResult {
  return compute(readResult(), s);
}

export function kemiskinanRead(): ReadResult {
  const miskin = indicator({
    id: "miskin",
    sasaran: "Menurunnya angka kemiskinan",
    indikator: "Angka kemiskinan",
    satuan: "%",
    polaritas: "turun",
    tahun: {
      "2023": { target: sv("13,5", "D7"), realisasi: sv("14", "E7") },
      "2024": { target: sv("12,5", "D8"), realisasi: sv("13,1", "E8") },
    },
    renstra: {
      periode: [2021, 2026],
      targets: { "2024": sv("12,5", "F8"), "2026": sv("11", "H8") },
      akhir: sv("11", "I8"),
    },
    targetNasional: sv("9,5", "J8"),
  });
  const kosong = indicator({
    id: "lansia",
    sasaran: "Menurunnya angka kemiskinan",
    indikator: "Persentase lansia terlantar yang tertangani",
    satuan: "%",
    tahun: { "2024": { target: sv("80", "D9") } },
  });
  return {
    tables: [],
    indicators: [miskin, kosong],
    anggaran: [],
    aggregates: [],
    joins: [],
    temuan: [],
    years: [2023, 2024],
    takTerbaca: [],
  };
}

export function kemiskinan(s: Settings = settings()): ComputeResult {
  return compute(kemiskinanRead(), s);
}
