import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  test("reads every option, in both --opt value and --opt=value forms", () => {
    const p = parseArgs([
      "hitung",
      "laporan.xlsx",
      "--tahun",
      "2024",
      "--skala=permendagri86",
      "--turun",
      "rasio",
      "--tabel",
      "3.1,3.5,3.1",
      "--keluar",
      "hasil",
      "--json=hasil/laporan.json",
      "--bahasa",
      "en",
    ]);
    expect(p).toEqual({
      kind: "hitung",
      args: {
        input: "laporan.xlsx",
        tahun: 2024,
        skala: "permendagri86",
        turun: "rasio",
        tabel: ["3.1", "3.5"],
        keluar: "hasil",
        json: "hasil/laporan.json",
        bahasa: "en",
        bahasaGiven: true,
      },
    });
  });

  test("--tabel semua is every table; no --bahasa is Indonesian and not stored", () => {
    const p = parseArgs(["hitung", "x.xlsx", "--tabel", "semua"]);
    expect(p).toMatchObject({
      kind: "hitung",
      args: { tabel: ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"], bahasa: "id", bahasaGiven: false },
    });
  });

  test.each([
    [["hitung", "x.xlsx", "--tahun", "24"], /^Tahun tidak sah: 24/],
    [["hitung", "x.xlsx", "--turun", "terbalik"], /^Rumus --turun tidak dikenal: terbalik/],
    [["hitung", "x.xlsx", "--tabel", "3.1,3.9"], /^Tabel tidak dikenal: 3\.9/],
    [["hitung", "x.xlsx", "--bahasa", "jv"], /^Bahasa tidak dikenal: jv/],
    [["hitung", "x.xlsx", "--warna", "biru"], /^Pilihan tidak dikenal: --warna/],
    [["hitung", "x.xlsx", "--keluar"], /^Pilihan --keluar memerlukan nilai\./],
    [["hitung"], /^Sebutkan berkas \.xlsx atau folder/],
    [["hitung", "a.xlsx", "b.xlsx"], /^Sebutkan berkas \.xlsx atau folder/],
    [["hapsu", "a.xlsx"], /^Perintah tidak dikenal/],
    [["hapus", "a.xlsx", "--tabel", "3.1"], /^Pilihan tidak dikenal: --tabel/],
    [["hapus", "a.xlsx", "--bahasa", "jv"], /^Bahasa tidak dikenal: jv/],
    [["hapus"], /^Sebutkan berkas \.xlsx atau folder/],
  ])("%j is refused with one sentence", (argv, message) => {
    const p = parseArgs(argv);
    expect(p.kind).toBe("error");
    if (p.kind === "error") expect(p.message).toMatch(message);
  });

  test("hapus takes one workbook and an optional target", () => {
    expect(parseArgs(["hapus", "a.xlsx", "--keluar", "b.xlsx", "--bahasa", "en"])).toEqual({
      kind: "hapus",
      args: { input: "a.xlsx", keluar: "b.xlsx", bahasa: "en" },
    });
    expect(parseArgs(["hapus", "a.xlsx"])).toEqual({
      kind: "hapus",
      args: { input: "a.xlsx", bahasa: "id" },
    });
  });

  test("an argument error is reported in English when --bahasa en is among the arguments", () => {
    const p = parseArgs(["hitung", "x.xlsx", "--tahun", "dua ribu", "--bahasa", "en"]);
    expect(p).toMatchObject({
      kind: "error",
      bahasa: "en",
      message: expect.stringMatching(/^Invalid year: dua ribu/),
    });
  });

  test("no arguments, help and -h print the usage", () => {
    expect(parseArgs([]).kind).toBe("help");
    expect(parseArgs(["--help"]).kind).toBe("help");
    expect(parseArgs(["hitung", "-h"]).kind).toBe("help");
  });
});
