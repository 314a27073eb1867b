/** Every string the pane shows, in English (when Office runs in English). */
import type { Strings } from "./id";

export const en: Strings = {
  appTitle: "Capaian Kinerja",
  appSubtitle: "Achievement, grades and LKjIP Tables 3.x from this workbook",
  loadingPane: "Loading…",
  loadFailed: "The pane could not be loaded. Close it and open it again.",
  loadingWorkbook: "Reading the workbook…",
  notInExcel:
    "Capaian Kinerja runs in Microsoft Excel. Open the LKjIP workbook in Excel (desktop, Mac or web), then choose Home › Hitung Capaian.",

  summaryTitle: "Summary",
  summaryEmpty:
    "No table recognised yet. Make sure a sheet holds a PK or realisation table with a header row.",
  summaryTablesCaption: "Tables found",
  colKind: "Kind",
  colSheet: "Sheet",
  colRange: "Range",
  colConfidence: "Confidence",
  indicatorsRead: (n: number) => `${n} indicators read`,
  yearsRead: (years: string) => `Years: ${years}`,
  uncertainTitle: "Please check",
  uncertainHelp:
    "The columns and table kinds below were guessed with low confidence. Fix them if wrong; fixes are used and stored when you press Calculate.",
  tableKindLabel: (sheet: string, range: string) => `Kind of table ${sheet}!${range}`,
  columnRoleLabel: (header: string, col: string) => `Role of column ${col} "${header}"`,
  unmatchedTitle: "Weak matches between tables",
  overridesPending: (n: number) => `${n} fixes will be used in the next calculation.`,

  takTerbacaTitle: "Not understood",
  takTerbacaHelp:
    "These blocks hold numbers beside text but were not read as a performance table. Select one to see it in the sheet, or declare it a table.",
  takTerbacaSelect: (where: string) => `Select ${where} in the sheet`,
  declareTitle: "Declare as table",
  declareFormLabel: (where: string) => `Declare ${where} as a table`,
  declareSelectionTitle: "Declare the selection as a table",
  declareSelectionHelp:
    "A table was not found? Select its block in the sheet, header rows included, then take the selection here.",
  declareUseSelection: "Use the selection",
  declareNoBlock:
    "The selection in the sheet is not one block of cells; select one block, then take it again.",
  declareTarget: (where: string) => `Block: ${where}`,
  declareKindLabel: "Table kind",
  declareHeaderRowsLabel: "Header rows",
  declareHeaderRowsHint: "how many header rows sit above the data",
  declareInvalidRange: (range: string) =>
    `${range} is not one block of cells; select a block such as A5:H20.`,
  declareTooFewRows: (n: number) =>
    `This block needs more than ${n} rows: ${n} header rows and at least one data row.`,
  declaredTitle: "Declared as tables",
  declaredHelp:
    "These tables are read now; fix their column roles above. The declarations are stored in the workbook when you press Calculate.",
  declaredItem: (where: string, kind: string, n: number) =>
    `${where}: ${kind}, ${n} header ${n === 1 ? "row" : "rows"}`,
  declaredRemove: "Undo",

  settingsTitle: "Settings",
  tahunLabel: "Reporting year",
  tahunAuto: "Automatic (latest year with realisation)",
  tahunAutoYear: (tahun: number) => `Automatic (${tahun})`,
  polaritasTitle: "Guessed indicator polarity",
  polaritasHelp: "The direction of these indicators was guessed from their wording. Change it if wrong.",
  polaritasNone: "No polarity was guessed.",
  agregasiDefaultLabel: "Quarters → year, when neither the unit nor the wording decides",
  choicesTitle: (n: number) => `Polarity and quarters per indicator (${n})`,
  choicesHelp:
    "Any indicator's polarity can be changed. For indicators reported per quarter, also choose how the quarters make the year. Choices are used and stored in the workbook by the next calculation.",
  polaritasLabel: "Polarity",
  agregasiLabel: "Quarters → year",
  agregasi: {
    kumulatif: "Cumulative: the quarters are summed",
    akhir: "Last: the last reported quarter",
    "rata-rata": "Mean of the quarters",
    rasio: "Ratio: sum of realisasi ÷ sum of targets",
  },
  agregasiNotUsed: "The sheet already gives the year's figure; the quarters are not used for the capaian.",
  choiceNextRun: "Used by the next calculation.",
  choicesPending: (n: number) =>
    `${n} polarity or quarter ${n === 1 ? "change" : "changes"} will be used in the next calculation.`,
  scaleLabel: "Grade scale",
  scaleCustom: "Custom",
  bandsCaption: "Grade bands (achievement in percent), best first",
  bandLabel: "Grade",
  bandLabelEmpty: "Enter the grade name",
  bandFrom: "From",
  bandTo: "To",
  bandToHint: "empty = no limit",
  bandFromInclusive: "lower bound included",
  bandToInclusive: "upper bound included",
  bandRemove: (label: string) => `Remove band ${label}`,
  bandAdd: "Add band",
  bandNumberInvalid: "Enter a number, e.g. 75 or 90.5",
  scaleInvalid: "The scale is not valid yet",
  scaleValid: "The scale is valid",
  turunLabel: "Formula for falling indicators (lower is better)",
  turunCermin: "(2T − R) / T × 100, not below 0",
  turunRasio: "T / R × 100",
  efisiensiLabel: "Efficiency convention",
  efisiensiSelisih: "Achievement − absorption",
  efisiensiSisa: "100 − absorption when the target is met",
  efisiensiRasio: "Achievement ÷ absorption",
  desimalLabel: "Decimals",
  kertasLabel: "Paper of the Tabel 3.x sheets",
  lembarTemuanLabel: "Write the Temuan sheet (one finding per row, linked to its cell)",

  runButton: "Calculate achievement",
  runDisabledScale: "Fix the grade scale first.",
  runBusy: "Calculating…",
  steps: {
    baca: "Reading the workbook",
    petakan: "Mapping the tables",
    hitung: "Calculating achievement",
    rencana: "Planning the changes",
    tulis: "Writing to the sheets",
  },
  stepOf: (i: number, n: number, label: string) => `Step ${i} of ${n}: ${label}…`,
  runDone: (n: number, total: number, tahun: number) =>
    n === total
      ? `Done: ${n} indicators of ${tahun} calculated.`
      : `Done: ${n} of ${total} indicators of ${tahun} calculated; ${total - n} others have no capaian this year.`,

  resultsTitle: "Results",
  predikatCountsCaption: "Indicators per grade",
  noPredikat: "No grade",
  sasaranCaption: "Average achievement per objective",
  colSasaran: "Objective",
  colCapaian: "Achievement",
  colPredikat: "Grade",
  colJumlah: "Count",
  opdLine: (capaian: string, predikat: string) => `Agency achievement: ${capaian} (${predikat})`,
  findingsTitle: "Findings",
  findingsNone: "No findings.",
  tingkat: { galat: "Errors", peringatan: "Warnings", info: "Information" },
  findingGo: (where: string) => `Go to cell ${where}`,
  showMore: (n: number) => `Show ${n} more`,
  skipped: "Not possible in this Excel",

  hapusTitle: "Remove results",
  hapusHint:
    "Removes everything Capaian Kinerja wrote in this workbook: the Capaian/Predikat columns, their conditional formats and notes, the Tabel 3.x sheets, names, and its settings sheet. Your own data and notes are not touched.",
  hapusButton: "Remove results…",
  hapusConfirm: "Remove all Capaian Kinerja results from this workbook?",
  hapusYes: "Yes, remove",
  hapusNo: "Cancel",
  hapusBusy: "Removing…",
  babTigaTitle: "Chapter III (Word)",
  babTigaHint:
    "A draft of Chapter III from the last calculation: Tables 3.x, the narrative under each table, and the findings as an appendix. Text in [ … ] is for the author to fill in.",
  babTigaUnduh: "Download Chapter III (.docx)",
  babTigaMenyusun: "Building the document…",
  babTigaSalinSemua: "Copy all tables for Word",
  babTigaSalinTabel: (nomor: string) => `Copy Table ${nomor} for Word`,
  babTigaSalinNarasi: (nomor: string) => `Copy the narrative of Table ${nomor}`,
  babTigaDaftar: "Tables and their narrative",
  babTigaTanpaTabel: "No Table 3.x has data for this year; the document holds only the findings appendix.",
  babTigaDiunduh: (nama: string) =>
    `"${nama}" was sent as a download. Not in your Downloads folder? Excel for Mac does not allow downloads from a pane: use "Copy tables for Word" and "Copy the narrative", then paste into Word.`,
  babTigaDisimpan: (nama: string) => `Chapter III saved as "${nama}".`,
  babTigaUnduhGagal:
    'This application does not allow downloads from the pane. Use "Copy tables for Word" and "Copy the narrative", then paste into Word.',
  babTigaSusunGagal: (detail: string) =>
    `The Chapter III document could not be built (${detail}). Copy the tables and the narrative for Word instead, or make the .docx with "capaian hitung … --docx".`,
  babTigaTabelDisalin: (apa: string) =>
    `${apa} copied. Paste into Word (Ctrl+V, on a Mac ⌘V): the table keeps its borders and formatting.`,
  babTigaSemuaTabel: "All tables",
  babTigaNamaTabel: (nomor: string) => `Table ${nomor}`,
  babTigaNarasiDisalin: (nomor: string) => `The narrative of Table ${nomor} was copied as plain text.`,
  babTigaSalinGagal:
    "The clipboard cannot be filled from this pane. Select the content below and press Ctrl+C (on a Mac ⌘C), or download Chapter III (.docx).",
  babTigaManual: "Content to copy by hand",
  babTigaTutup: "Close",
  hapusNothing: "This workbook holds no Capaian Kinerja results; nothing was changed.",
  hapusDone: (r: {
    sheet: number;
    kolom: number;
    sel: number;
    aturan: number;
    catatan: number;
    nama: number;
  }) =>
    `Removed: ${r.sheet} sheets, ${r.kolom} columns, ${r.sel} cells given back, ${r.aturan} format rules, ${r.catatan} notes, ${r.nama} names, and the add-in's settings sheet.`,
  insertTitle: "Insert Tables 3.x",
  insertButton: "Insert Tables 3.x",
  insertNone: "Choose at least one table.",
  insertDone: "Tables inserted:",
  insertSkipped: "Not written (no data for the year):",
  skippedItem: (nomor: string, alasan: string) => `Tabel ${nomor}: ${alasan}`,
  tableNames: {
    "3.1": "Table 3.1 Performance measurement",
    "3.2": "Table 3.2 Year-over-year comparison",
    "3.3": "Table 3.3 Comparison with the Renstra",
    "3.4": "Table 3.4 Comparison with national standards",
    "3.5": "Table 3.5 Resource efficiency",
    "3.6": "Table 3.6 Budget realisation",
  },
  placedAt: (where: string) => `at ${where}`,

  refusedTitle: "Nothing was written",
  refusedBecause: {
    SEL_BERISI_DATA_PENGGUNA:
      "Cells holding your data are where the add-in would write. Clear or move them, then try again.",
    SHEET_TERPROTEKSI: "A sheet the add-in writes on is protected. Unprotect it, then try again.",
    NAMA_SHEET_DIPAKAI: "A Tabel 3.x sheet name is taken by a sheet of yours. Rename it, then try again.",
    BATAS_EXCEL: "The writing would pass Excel's last row or column. Move the table, then try again.",
    TIDAK_ADA_TABEL:
      "No performance table (Target and Realisasi per indicator) was read. Declare it under Summary › Not understood, or copy the PK or realisasi table into a sheet.",
    TAHUN_TIDAK_ADA: "The chosen reporting year is not in the workbook. Choose another year in Settings.",
    WORKBOOK_TERPROTEKSI:
      "The workbook structure is protected, so sheets cannot be added or hidden. Unprotect it (Review › Protect Workbook), then try again.",
    SHEET_TIDAK_ADA: "A sheet the add-in writes on was not found (renamed or deleted?). Run again.",
    TANPA_SHEET_TERLIHAT: "Deleting the add-in's sheets would leave no visible sheet.",
    STATE_RUSAK: "The add-in's record in the _CapaianKinerja sheet is damaged; nothing was removed.",
  },
  errorTitle: "Something went wrong",
  errorBody:
    "Nothing was changed. Save the workbook, close this pane and open it again. If it still fails, send the technical details below to your administrator.",
  errorReadBody:
    "The workbook could not be read. Make sure no cell is being edited (press Enter or Esc), then try again.",
  errorDetails: "Technical details",
  retry: "Try again",
  dismiss: "Close",

  kinds: {
    pk: "Performance agreement (PK)",
    realisasi: "Realisation",
    renstra: "Renstra",
    iku: "Key indicators (IKU)",
    anggaran: "Budget",
    history: "Earlier years",
    nasional: "National standard",
    akip: "AKIP score",
  },
  roles: {
    no: "No",
    kode: "Code",
    tujuan: "Goal",
    sasaran: "Objective",
    indikator: "Indicator",
    satuan: "Unit",
    polaritas: "Polarity",
    target: "Target",
    realisasi: "Realisation",
    capaian: "Achievement",
    predikat: "Grade",
    formula: "Formula",
    sumberData: "Data source",
    penanggungJawab: "Owner",
    baseline: "Baseline",
    renstraTarget: "Renstra target",
    renstraRealisasi: "Renstra realisation",
    renstraKumulatif: "Renstra realisation so far",
    capaianRenstra: "Renstra progress (printed)",
    targetAkhir: "End target",
    targetNasional: "National target",
    program: "Program",
    kegiatan: "Activity",
    subkegiatan: "Sub-activity",
    nama: "Name",
    pagu: "Budget ceiling",
    realisasiAnggaran: "Budget spent",
    paguRenstra: "Renstra budget",
    realisasiAnggaranRenstra: "Renstra budget spent so far",
    serapan: "Absorption",
    sisa: "Remaining",
    keterangan: "Remarks",
    abaikan: "Ignore this column",
  },
  polaritas: {
    naik: "Rising (higher is better)",
    turun: "Falling (lower is better)",
    rentang: "Range (target a–b)",
    huruf: "Letter grade (AA…D)",
    indeks: "Index 0–100",
  },
};
