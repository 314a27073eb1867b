import { jumlah, rataRata, rataRataCapaian, triwulanKeTahun } from "../../src/engine/aggregate";
import {
  defaultKategori,
  efisiensi,
  kategoriEfisiensi,
  serapan,
  sisaAnggaran,
} from "../../src/engine/efficiency";

describe("triwulan → year", () => {
  const tw = [10, 20, null, 40];
  it("kumulatif sums, akhir takes the last reported, rata-rata averages the reported", () => {
    expect(triwulanKeTahun(tw, "kumulatif")).toBe(70);
    expect(triwulanKeTahun(tw, "akhir")).toBe(40);
    expect(triwulanKeTahun([10, 20, 30, null], "akhir")).toBe(30);
    expect(triwulanKeTahun(tw, "rata-rata")).toBeCloseTo(70 / 3, 12);
    expect(triwulanKeTahun([null, null, null, null], "kumulatif")).toBeNull();
  });
  it("rasio sums numerators and denominators before dividing (seed 002: 581 / 16.013 KK)", () => {
    expect(triwulanKeTahun([100, 200, 181, 100], "rasio", [4000, 4000, 4013, 4000])).toBeCloseTo(
      (581 / 16013) * 100,
      12,
    );
    expect(triwulanKeTahun([1, 2], "rasio")).toBeNull();
  });
});

describe("indicators → sasaran → OPD", () => {
  it("means the computed capaian, skipping missing ones", () => {
    expect(rataRataCapaian([{ capaian: 111.69 }, { capaian: null }, { capaian: 100 }])).toBeCloseTo(
      105.845,
      10,
    );
    expect(rataRataCapaian([{ capaian: null }])).toBeNull();
  });
  it("weighs by bobot only when every counted member has one", () => {
    expect(
      rataRataCapaian([
        { capaian: 100, bobot: 3 },
        { capaian: 80, bobot: 1 },
      ]),
    ).toBe(95);
    expect(rataRataCapaian([{ capaian: 100, bobot: 3 }, { capaian: 80 }])).toBe(90);
  });
  it("applies batasRataRata only to the average", () => {
    expect(rataRataCapaian([{ capaian: 322 }, { capaian: 80 }], 120)).toBe(100);
    expect(rataRataCapaian([{ capaian: 322 }, { capaian: 80 }], null)).toBe(201);
  });
  it("plain mean and sum", () => {
    expect(rataRata([1, null, 3])).toBe(2);
    expect(jumlah([64, 0, 7, 13, 1])).toBe(85);
    expect(jumlah([])).toBeNull();
  });
});

describe("serapan and efisiensi", () => {
  it("serapan = realisasi / pagu × 100 (seed 002 Tabel 3.11: 95,18 %)", () => {
    expect(serapan(44416379200, 42277199383)).toBeCloseTo(95.1838, 4);
    expect(serapan(0, 5)).toBeNull();
    expect(sisaAnggaran(16005873903, 15572824464)).toBe(433049439);
  });
  it("the three conventions", () => {
    expect(efisiensi(94.05, 95.18, "selisih")).toBeCloseTo(-1.13, 10);
    expect(efisiensi(112, 95.18, "sisa")).toBeCloseTo(4.82, 10);
    expect(efisiensi(94.05, 95.18, "sisa")).toBeNull();
    expect(efisiensi(94.05, 95.18, "rasio")).toBeCloseTo(0.98813, 5);
    expect(efisiensi(null, 95, "selisih")).toBeNull();
  });
  it("seed 002 Tabel 3.12: 94,05 vs 95,18 is not 'Sangat Efisien' under any default", () => {
    for (const k of ["selisih", "rasio"] as const) {
      const label = kategoriEfisiensi(efisiensi(94.05, 95.18, k), defaultKategori(k));
      expect(label).toBe("Cukup Efisien");
    }
    expect(kategoriEfisiensi(efisiensi(111.69, 95.18, "selisih"), defaultKategori("selisih"))).toBe(
      "Efisien",
    );
    expect(kategoriEfisiensi(efisiensi(60, 95.18, "selisih"), defaultKategori("selisih"))).toBe(
      "Tidak Efisien",
    );
  });
  it("user categories win, in any order", () => {
    const k = [
      { label: "Kurang", min: null },
      { label: "Sangat Efisien", min: 10 },
      { label: "Efisien", min: 0 },
    ];
    expect(kategoriEfisiensi(12, k)).toBe("Sangat Efisien");
    expect(kategoriEfisiensi(3, k)).toBe("Efisien");
    expect(kategoriEfisiensi(-3, k)).toBe("Kurang");
    expect(kategoriEfisiensi(null, k)).toBeNull();
  });
});
