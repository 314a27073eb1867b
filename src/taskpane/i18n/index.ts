/** The pane's language: Indonesian unless Office runs in English. */
import { createContext, useContext } from "react";
import { en } from "./en";
import { id, type Strings } from "./id";

export type Lang = "id" | "en";
export type { Strings };

/** Office's displayLanguage ("en-US", "id-ID", …) → the pane's language. */
export function languageOf(displayLanguage: string | null | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en" : "id";
}

export function stringsFor(lang: Lang): Strings {
  return lang === "en" ? en : id;
}

export const LangContext = createContext<Lang>("id");

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return stringsFor(useContext(LangContext));
}

/** Numbers the way the user reads them: "106,67" in Indonesian, "106.67" in English. */
export function formatNumber(value: number, lang: Lang, decimals: number): string {
  return new Intl.NumberFormat(lang === "en" ? "en-US" : "id-ID", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** "75", "90,5" or "90.5" → number; anything else → null. */
export function parseUserNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, "");
  if (t === "") return null;
  const normal = /^-?\d+(,\d+)?$/.test(t) ? t.replace(",", ".") : t;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}
