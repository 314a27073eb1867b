/** Shared setup of the pane's component tests: providers, and results built from real seed rows. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { ReadResult, TableMapping } from "../../src/engine/mapping";
import type { Indicator, Temuan } from "../../src/engine/model";
import { predikatOf, resolveScale } from "../../src/engine/predikat";
import type { WritePlan } from "../../src/engine/plan";
import type { CellValue, WorkbookSnapshot } from "../../src/engine/snapshot";
import type { WorkbookGateway } from "../../src/pipeline/gateway";
import type { ComputeResult, IndicatorResult, SasaranResult } from "../../src/engine/result";
import { LangContext, type Lang } from "../../src/taskpane/i18n";
import fixture from "../fixtures/taskpane/tabel-3x-bengkulu-2024.json";

export interface SeedRow {
  line: number;
  sasaran: string;
  indikator: string;
  satuan: string;
  year: number;
  target: number;
  realisasi: number;
  capaian_reported: number;
  predikat_reported: string;
}

export const SEED_ROWS = fixture.rows as SeedRow[];
export const SHEET = "Pengukuran 2024";

export function renderInPane(ui: ReactElement, lang: Lang = "id") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LangContext.Provider value={lang}>{ui}</LangContext.Provider>
    </FluentProvider>,
  );
}

/** The cell of a seed row's printed predikat on the test sheet (one row per seed row, from row 5). */
export function predikatCell(i: number): string {
  return `H${i + 5}`;
}

/**
 * A ComputeResult of the seed rows: capaian R/T × 100 (all naik), predikat on the scale, and a
 * PREDIKAT_TIDAK_SESUAI finding wherever the report printed another predikat.
 */
export function resultOf(rows: SeedRow[], skala = "lkjip4"): ComputeResult {
  const scale = resolveScale(skala);
  const indikator: IndicatorResult[] = rows.map((r, i) => {
    const capaian = (r.realisasi / r.target) * 100;
    return {
      indicatorId: `${SHEET}!${i + 5}`,
      tahun: r.year,
      level: "sasaran",
      sasaran: r.sasaran,
      indikator: r.indikator,
      satuan: r.satuan,
      polaritas: "naik",
      target: r.target,
      realisasi: r.realisasi,
      capaian,
      predikat: predikatOf(capaian, scale),
      status: "dihitung",
      capaianTercetak: r.capaian_reported,
      predikatTercetak: r.predikat_reported,
    };
  });
  const bySasaran = new Map<string, IndicatorResult[]>();
  for (const r of indikator) bySasaran.set(r.sasaran, [...(bySasaran.get(r.sasaran) ?? []), r]);
  const sasaran: SasaranResult[] = [...bySasaran].map(([name, members]) => {
    const capaian = members.reduce((s, m) => s + (m.capaian ?? 0), 0) / members.length;
    return {
      sasaran: name,
      capaian,
      predikat: predikatOf(capaian, scale),
      indicatorIds: members.map((m) => m.indicatorId),
    };
  });
  const temuan: Temuan[] = indikator.flatMap((r, i) =>
    r.predikat !== r.predikatTercetak
      ? [
          {
            kode: "PREDIKAT_TIDAK_SESUAI" as const,
            tingkat: "galat" as const,
            sel: [{ sheet: SHEET, cell: predikatCell(i) }],
            pesan: {
              id: `Predikat tercetak "${r.predikatTercetak}" tidak sesuai skala: seharusnya "${r.predikat}".`,
              en: `Printed grade "${r.predikatTercetak}" contradicts the scale: expected "${r.predikat}".`,
            },
            indicatorId: r.indicatorId,
          },
        ]
      : [],
  );
  const all = indikator.map((r) => r.capaian ?? 0);
  const opd = all.reduce((a, b) => a + b, 0) / all.length;
  return {
    tahun: 2024,
    skala: { id: scale.id, nama: scale.nama },
    indikator,
    sasaran,
    opd: { capaian: opd, predikat: predikatOf(opd, scale) },
    tahunan: [],
    renstra: [],
    nasional: [],
    efisiensi: [],
    anggaran: { rows: [], total: { pagu: 0, realisasi: 0, persen: null, sisa: 0 } },
    temuan,
  };
}

/**
 * What the reader would report for the seed rows laid out as one realisasi table on SHEET
 * (header in row 4, data from row 5: No, Sasaran, Indikator, Satuan, Target, Realisasi, Capaian, Predikat),
 * with the "Capaian" column guessed at low confidence and one polaritas inferred.
 */
export function readOf(rows: SeedRow[]): ReadResult {
  const last = rows.length + 4 - 1;
  const headers = [
    "No",
    "Sasaran",
    "Indikator Kinerja",
    "Satuan",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Predikat",
  ];
  const roles = [
    "no",
    "sasaran",
    "indikator",
    "satuan",
    "target",
    "realisasi",
    "capaian",
    "predikat",
  ] as const;
  const table: TableMapping = {
    id: `${SHEET}!A4:H${last + 1}`,
    sheet: SHEET,
    range: `A4:H${last + 1}`,
    headerRows: [3],
    firstDataRow: 4,
    lastDataRow: last,
    kind: "realisasi",
    kindConfidence: 0.9,
    columns: headers.map((header, col) => ({
      col,
      header,
      role: roles[col]!,
      ...(col >= 4 ? { tahun: 2024 } : {}),
      confidence: header === "Capaian (%)" ? 0.45 : 0.95,
    })),
    rowsRead: rows.length,
    rowsSkipped: [],
  };
  const pk: TableMapping = {
    ...table,
    id: "PK 2024!B3:F12",
    sheet: "PK 2024",
    range: "B3:F12",
    kind: "pk",
    kindConfidence: 0.4,
    columns: [],
  };
  const indicators: Indicator[] = rows.map((r, i) => ({
    id: `${SHEET}!${i + 5}`,
    level: "sasaran",
    sasaran: r.sasaran,
    indikator: r.indikator,
    satuan: r.satuan,
    polaritas: "naik",
    // "tertangani" counts people whose problem was handled: the reader guesses the direction.
    polaritasInferred: /tertangani/.test(r.indikator),
    tahun: {},
  }));
  return {
    tables: [table, pk],
    indicators,
    anggaran: [],
    aggregates: [],
    joins: [],
    temuan: [],
    years: [2022, 2023, 2024],
    takTerbaca: [],
  };
}

/** The seed rows as a sheet the way an agency lays out its Tabel pengukuran (title, header, rows). */
export function snapshotOf(rows: SeedRow[]): WorkbookSnapshot {
  const header = [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Satuan",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Predikat",
  ];
  const values: CellValue[][] = [
    ["Tabel 3.1 Pengukuran Kinerja Tahun 2024", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    header,
    ...rows.map((r, i) => [
      i + 1,
      r.sasaran,
      r.indikator,
      r.satuan,
      r.target,
      r.realisasi,
      r.capaian_reported,
      r.predikat_reported,
    ]),
  ];
  return {
    sheets: [
      {
        name: SHEET,
        origin: { row: 0, col: 0 },
        values,
        numberFormats: values.map((row) => row.map(() => "General")),
        merges: [],
        visibility: "visible",
        protected: false,
      },
    ],
    names: {},
  };
}

/** An in-memory gateway over a snapshot: what the pipeline reads and every plan it applies. */
export function memoryGateway(snapshot: WorkbookSnapshot) {
  const applied: WritePlan[] = [];
  const gateway: WorkbookGateway = {
    read: async () => JSON.parse(JSON.stringify(snapshot)) as WorkbookSnapshot,
    apply: async (plan) => {
      applied.push(plan);
      return {
        cellsWritten: plan.ranges.reduce((n, r) => n + (r.values?.flat().length ?? 0), 0),
        sheetsCreated: [],
        skipped: [],
      };
    },
  };
  return { gateway, applied };
}
