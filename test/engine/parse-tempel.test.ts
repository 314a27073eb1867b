/**
 * Numbers pasted from a PDF keep stray spaces beside their separators ("85, 3", "12 ,5", "1 . 250"). Where
 * the space stands beside the column's decimal separator, or beside its thousands separator before a group
 * of three digits, the text is one number; two numbers side by side, a list, a footnote or a dot that can be
 * neither stay text, and either convention is read by its own separators.
 */
import { parseValue } from "../../src/engine/parse";

describe("a number pasted with stray spaces", () => {
  test.each([
    ["85, 3", 85.3],
    ["87 ,1", 87.1],
    ["12 , 5", 12.5],
    ["102, 11", 102.11],
    ["1 . 250", 1250],
    ["1. 316", 1316],
    ["12 .500 .000", 12500000],
    ["1 . 316 , 5", 1316.5],
  ])("id: %s → %d", (text, value) => {
    expect(parseValue(text)).toEqual({ kind: "number", value });
  });

  test.each([
    ["85. 3", 85.3],
    ["1 , 250", 1250],
    ["16 ,005 ,873 .5", 16005873.5],
  ])("us: %s → %d", (text, value) => {
    expect(parseValue(text, { convention: "us" })).toEqual({ kind: "number", value });
  });

  test.each([
    ["85, 3 %", 85.3],
    ["85, 3%", 85.3],
    ["1 . 250 %", 1250],
  ])("with its percent sign: %s", (text, value) => {
    expect(parseValue(text)).toEqual({ kind: "number", value, percent: true });
  });

  test.each([
    "10 20", // two numbers
    "10, 20, 30", // a list
    "85,3 1)", // a footnote after the number
    "2023. 5", // a dot before one digit is no thousands group in an id column
    "59 . 97",
    "2023 . 500", // a thousands group needs a head of 1–3 digits
    "1, 2 dan 3",
    "85, 3 orang dan 4",
  ])("stays text: %s", (text) => {
    expect(parseValue(text).kind).toBe("text");
  });

  test("a number without stray spaces reads as before", () => {
    expect(parseValue("85,3")).toEqual({ kind: "number", value: 85.3 });
    expect(parseValue("1.250")).toEqual({ kind: "number", value: 1250 });
    expect(parseValue("85,3 %")).toEqual({ kind: "number", value: 85.3, percent: true });
  });
});
