/** The pane's layout: header, Ringkasan, Pengaturan, Hitung Capaian with its results, Sisipkan Tabel 3.x. */
import { Text } from "@fluentui/react-components";
import { useState } from "react";
import { useHost } from "../host-bridge";
import { useStrings } from "../i18n";
import { useCapaian } from "../use-capaian";
import { ErrorMessage } from "./ErrorMessage";
import { IndicatorChoices } from "./IndicatorChoices";
import { InsertTables } from "./InsertTables";
import { ReadAndSettings } from "./ReadAndSettings";
import { ResultsView } from "./ResultsView";
import { RunSection } from "./RunSection";
import { HapusSection } from "./HapusSection";
import { BabTigaSection } from "./BabTigaSection";
import { usePaneStyles } from "../pane-styles";

export function Pane() {
  const t = useStrings();
  const styles = usePaneStyles();
  const host = useHost();
  const cap = useCapaian(host.gateway);
  const [scaleValid, setScaleValid] = useState(true);
  const [selectError, setSelectError] = useState<unknown>(null);

  const select = (sheet: string, cell: string) => {
    host.selectCell(sheet, cell).catch((e: unknown) => setSelectError(e));
  };
  const busy = cap.busy !== null && cap.busy !== "muat";
  const outcome = cap.outcome;

  return (
    <main className={styles.root} aria-busy={cap.busy !== null}>
      <header className={styles.header}>
        <h1 className={styles.h1}>{t.appTitle}</h1>
        <Text size={200}>{t.appSubtitle}</Text>
      </header>

      {cap.error && (
        <ErrorMessage
          error={cap.error.error}
          duringRead={cap.error.action === "muat" || cap.error.action === "terapkan"}
          onRetry={cap.error.action === "muat" ? cap.reload : undefined}
          onDismiss={cap.dismissError}
        />
      )}
      {selectError !== null && <ErrorMessage error={selectError} onDismiss={() => setSelectError(null)} />}

      <ReadAndSettings
        cap={cap}
        onSelect={select}
        onReadSelection={() => host.getSelectedRange()}
        onError={(e) => setSelectError(e)}
        onScaleValidityChange={setScaleValid}
      />

      <RunSection cap={cap} scaleValid={scaleValid} onSelect={select} />

      {outcome?.ok && (
        <section className={styles.section} aria-label={t.resultsTitle}>
          <h2 className={styles.h2}>{t.resultsTitle}</h2>
          <ResultsView
            result={outcome.result}
            settings={outcome.settings}
            skipped={outcome.report?.skipped}
            onSelect={select}
          />
          <IndicatorChoices
            result={outcome.result}
            applied={outcome.settings}
            settings={cap.settings}
            onChange={cap.setSettings}
          />
        </section>
      )}

      <section className={styles.section} aria-label={t.insertTitle}>
        <h2 className={styles.h2}>{t.insertTitle}</h2>
        <InsertTables
          disabled={!scaleValid}
          busy={busy}
          placed={outcome?.ok && cap.lastAction === "sisipkan" ? outcome.tables : null}
          skipped={outcome?.ok && cap.lastAction === "sisipkan" ? outcome.tabelDilewati : null}
          onInsert={cap.sisipkan}
          onSelect={select}
        />
      </section>

      {outcome?.ok && <BabTigaSection outcome={outcome} />}

      <HapusSection cap={cap} onSelect={select} />
    </main>
  );
}
