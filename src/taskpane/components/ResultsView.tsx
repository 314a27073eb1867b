/** After a run: how many indicators got each predikat, the sasaran averages, and the findings. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Pesan } from "../../engine/model";
import { resolveScale } from "../../engine/predikat";
import type { ComputeResult } from "../../engine/result";
import type { PredikatScale, Settings } from "../../engine/settings";
import { formatNumber, useLang, useStrings, type Lang } from "../i18n";
import { FindingsList } from "./FindingsList";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: {
    textAlign: "left",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    wordBreak: "break-word",
  },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  predikat: { color: tokens.colorNeutralForeground2 },
  swatch: {
    display: "inline-block",
    width: "10px",
    height: "10px",
    marginRight: "6px",
    border: "1px solid #0003",
  },
});

export interface ResultsViewProps {
  result: ComputeResult;
  settings: Settings;
  skipped?: Pesan[];
  onSelect(sheet: string, cell: string): void;
}

export function predikatCounts(
  result: ComputeResult,
  bandLabels: string[],
): { label: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const r of result.indikator) counts.set(r.predikat, (counts.get(r.predikat) ?? 0) + 1);
  const labels: (string | null)[] = [...bandLabels];
  for (const k of counts.keys()) if (!labels.includes(k)) labels.push(k);
  return labels
    .map((label) => ({ label, count: counts.get(label) ?? 0 }))
    .filter((row) => row.label !== null || row.count > 0);
}

function percent(v: number | null, lang: Lang, desimal: number): string {
  return v === null ? "—" : `${formatNumber(v, lang, desimal)}%`;
}

function PredikatCountsTable({ result, scale }: { result: ComputeResult; scale: PredikatScale }) {
  const t = useStrings();
  const styles = useStyles();
  const fills = new Map(scale.bands.map((b) => [b.label, b.fill]));
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t.predikatCountsCaption}</caption>
      <thead>
        <tr>
          <th className={styles.cell} scope="col">
            {t.colPredikat}
          </th>
          <th className={`${styles.cell} ${styles.num}`} scope="col">
            {t.colJumlah}
          </th>
        </tr>
      </thead>
      <tbody>
        {predikatCounts(
          result,
          scale.bands.map((b) => b.label),
        ).map(({ label, count }) => (
          <tr key={label ?? "-"} data-predikat={label ?? ""}>
            <th className={styles.cell} scope="row" style={{ fontWeight: "normal" }}>
              {label && fills.get(label) && (
                <span className={styles.swatch} style={{ background: fills.get(label) }} aria-hidden />
              )}
              {label ?? t.noPredikat}
            </th>
            <td className={`${styles.cell} ${styles.num}`}>{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SasaranTable({ sasaran, desimal }: { sasaran: ComputeResult["sasaran"]; desimal: number }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t.sasaranCaption}</caption>
      <thead>
        <tr>
          <th className={styles.cell} scope="col">
            {t.colSasaran}
          </th>
          <th className={`${styles.cell} ${styles.num}`} scope="col">
            {t.colCapaian}
          </th>
        </tr>
      </thead>
      <tbody>
        {sasaran.map((s, i) => (
          <tr key={i}>
            <th className={styles.cell} scope="row" style={{ fontWeight: "normal" }}>
              {s.sasaran}
            </th>
            <td className={`${styles.cell} ${styles.num}`}>
              {percent(s.capaian, lang, desimal)}
              <br />
              <span className={styles.predikat}>{s.predikat ?? "—"}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SkippedList({ skipped }: { skipped: Pesan[] }) {
  const t = useStrings();
  const lang = useLang();
  return (
    <div>
      <Text weight="semibold">{t.skipped}</Text>
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {skipped.map((s, i) => (
          <li key={i}>
            <Text size={200}>{s[lang]}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ResultsView({ result, settings, skipped, onSelect }: ResultsViewProps) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const scale = resolveScale(settings.skala);
  const opdCapaian = percent(result.opd.capaian, lang, settings.desimal);

  return (
    <div className={styles.stack}>
      <Text>
        {t.opdLine(opdCapaian, result.opd.predikat ?? t.noPredikat)} · {scale.nama}
      </Text>
      <PredikatCountsTable result={result} scale={scale} />

      {result.sasaran.length > 0 && <SasaranTable sasaran={result.sasaran} desimal={settings.desimal} />}

      {skipped && skipped.length > 0 && <SkippedList skipped={skipped} />}

      <section aria-label={t.findingsTitle} className={styles.stack}>
        <Text as="h3" weight="semibold" size={400} style={{ margin: 0 }}>
          {t.findingsTitle} ({result.temuan.length})
        </Text>
        <FindingsList temuan={result.temuan} onSelect={onSelect} />
      </section>
    </div>
  );
}
