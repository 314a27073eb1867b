/** Every finding family of the engine; each Temuan has a stable KodeTemuan and says what was found and what was expected. */
export { temuanIndikator, type IndikatorContext } from "./findings-indikator";
export { temuanAntarTabel, temuanTargetLalu, temuanTargetAkhir } from "./findings-konsistensi";
export { temuanAnggaran, temuanRollUp, temuanAgregat } from "./findings-anggaran";
export { buatTemuan, TINGKAT_BAKU } from "./temuan";
