/**
 * Short forms of header words, as a family: agencies short every role's word to fit a narrow column
 * ("SAT | TGT | REAL | CAP (%) | PRED | KET", "Trgt", "Reals.", "Indik.", "Keg."). Read as the full word
 * in headers only; "T", "R", "C" alone are read by the rules themselves ("TGT", "TRGT" are in the
 * English list, where they came first).
 */
export const HEADER_SHORT: Record<string, string> = {
  trg: "target",
  targ: "target",
  real: "realisasi",
  reals: "realisasi",
  realis: "realisasi",
  rls: "realisasi",
  cap: "capaian",
  capai: "capaian",
  cpn: "capaian",
  pred: "predikat",
  prd: "predikat",
  prdkt: "predikat",
  predk: "predikat",
  krit: "kriteria",
  ket: "keterangan",
  keter: "keterangan",
  ketr: "keterangan",
  ktr: "keterangan",
  ind: "indikator",
  indik: "indikator",
  ik: "indikator",
  stn: "satuan",
  sas: "sasaran",
  // the hierarchy's short forms as SAKIP documents print them: "SS" the sasaran strategis, "Strat." its
  // second word, "Tuj." the tujuan; "IKSS", "IKP", "IKSK" the indicator of a sasaran, a program, a sub
  // kegiatan ("IKU", "IKK" the rules read as they are). A column of counts under "SS" (a
  // survey's "Sangat Setuju") is set aside by its numbers (columns.ts countsUnderNames).
  ss: "sasaran strategis",
  strat: "strategis",
  tuj: "tujuan",
  ikss: "indikator kinerja sasaran strategis",
  ikp: "indikator kinerja program",
  iksk: "indikator kinerja sub kegiatan",
  ang: "anggaran",
  angg: "anggaran",
  prog: "program",
  keg: "kegiatan",
  subkeg: "sub kegiatan",
  th: "tahun",
  thn: "tahun",
  jml: "jumlah",
  jmlh: "jumlah",
};
