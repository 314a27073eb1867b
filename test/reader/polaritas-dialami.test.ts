/**
 * A problem the counted people suffer ("yang mengalami kekerasan") is lower-is-better even when a handling
 * word named the group first ("PPKS penerima layanan"); a handling word after the problem counts the help.
 * The harms done to people (penelantaran, eksploitasi, perdagangan orang, perundungan …) are problems.
 */
import { guessPolaritas, polaritasFromWords } from "../../src/reader/polaritas";

type Case = [string, string];

describe("the counted people suffer the problem: lower-is-better", () => {
  it.each<Case>([
    ["Jumlah PPKS penerima layanan yang mengalami kekerasan berulang", "mengalami kekerasan"],
    ["Persentase KPM penerima bantuan yang mengalami putus sekolah", "mengalami putus sekolah"],
    ["Jumlah lansia penerima layanan yang mengalami penelantaran", "mengalami penelantaran"],
    ["Persentase anak binaan yang kembali mengalami kekerasan", "kembali mengalami kekerasan"],
    ["Jumlah penerima manfaat yang menjadi korban perdagangan orang", "menjadi korban perdagangan orang"],
    ["Persentase anak yang terpapar eksploitasi", "terpapar eksploitasi"],
    ["Jumlah penerima layanan rehabilitasi yang menderita gizi buruk", "menderita gizi buruk"],
    ["Number of service recipients experiencing violence", "experiencing violence"],
  ])("%s → turun (%s)", (text, word) => {
    expect(guessPolaritas(text)).toEqual({ polaritas: "turun", word });
    expect(polaritasFromWords(text)).toEqual({ polaritas: "turun", word });
  });
});

describe("harms done to people are problems", () => {
  it.each<Case>([
    ["Jumlah kasus perdagangan orang", "jumlah kasus"],
    ["Jumlah kasus TPPO", "jumlah kasus"],
    ["Persentase anak korban penelantaran", "penelantaran"],
    ["Angka eksploitasi anak", "angka eksploitasi"],
    ["Jumlah perundungan di sekolah", "jumlah perundungan"],
    ["Jumlah pelecehan seksual terhadap perempuan", "jumlah pelecehan"],
    ["Jumlah penganiayaan anak", "jumlah penganiayaan"],
    ["Number of child trafficking victims", "trafficking"],
    ["Bullying rate in schools", "bullying"],
  ])("%s → turun (%s)", (text, word) => {
    expect(polaritasFromWords(text)).toEqual({ polaritas: "turun", word });
  });
});

describe("victims handled, served or helped stay higher-is-better", () => {
  it.each<Case>([
    ["Jumlah korban kekerasan yang ditangani", "ditangani"],
    ["Persentase korban kekerasan yang didampingi", "didampingi"],
    ["Persentase anak yang mengalami kekerasan yang mendapat pendampingan", "mendapat"],
    ["Jumlah anak korban eksploitasi yang direhabilitasi", "direhabilitasi"],
    ["Persentase korban perdagangan orang yang dipulangkan", "dipulangkan"],
    ["Jumlah korban penelantaran yang terlayani", "terlayani"],
    ["Persentase anak yang mengalami perundungan yang tertangani", "tertangani"],
    ["Number of trafficking victims assisted", "assisted"],
  ])("%s → naik (%s), not flagged", (text, word) => {
    expect(guessPolaritas(text)).toEqual({ polaritas: "naik", word });
    expect(polaritasFromWords(text)).toBeUndefined();
  });

  it.each([
    "Persentase KPM yang mengalami peningkatan pendapatan",
    "Jumlah desa yang mengalami pemekaran",
    "Nilai ekspor perdagangan",
    "Jumlah pelaku usaha perdagangan yang dibina",
  ])("%s: no problem after the verb, no guess", (text) => {
    expect(polaritasFromWords(text)).toBeUndefined();
  });
});
