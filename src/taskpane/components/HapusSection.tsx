/**
 * "Hapus hasil": one button that asks once before it removes everything the add-in wrote, then says
 * what was removed, that there was nothing to remove, or why it refused (with links to the cells).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useStrings } from "../i18n";
import { usePaneStyles } from "../pane-styles";
import type { CapaianApi } from "../use-capaian";
import { RefusalMessage } from "./RefusalMessage";

function HapusResult({ cap, onSelect }: { cap: CapaianApi; onSelect(sheet: string, cell: string): void }) {
  const t = useStrings();
  const out = cap.hapusOutcome;
  if (!out) return null;
  if (!out.ok) return <RefusalMessage refusals={out.refusals} onSelect={onSelect} />;
  return (
    <MessageBar intent={out.adaHasil ? "success" : "info"} layout="multiline">
      <MessageBarBody>{out.adaHasil ? t.hapusDone(out.ringkasan) : t.hapusNothing}</MessageBarBody>
    </MessageBar>
  );
}

export function HapusSection({
  cap,
  onSelect,
}: {
  cap: CapaianApi;
  onSelect(sheet: string, cell: string): void;
}) {
  const t = useStrings();
  const styles = usePaneStyles();
  const hintId = useId();
  const [asking, setAsking] = useState(false);
  const busy = cap.busy !== null && cap.busy !== "muat";
  return (
    <section className={styles.section} aria-labelledby={`${hintId}-h`}>
      <h2 id={`${hintId}-h`} className={styles.h2}>
        {t.hapusTitle}
      </h2>
      <Text id={hintId} size={200}>
        {t.hapusHint}
      </Text>
      {!asking && (
        <div className={styles.row}>
          <Button disabled={busy} aria-describedby={hintId} onClick={() => setAsking(true)}>
            {cap.busy === "hapus" ? t.hapusBusy : t.hapusButton}
          </Button>
        </div>
      )}
      {asking && (
        <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={t.hapusConfirm}>
          <MessageBarBody>{t.hapusConfirm}</MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              onClick={() => {
                setAsking(false);
                cap.hapus();
              }}
            >
              {t.hapusYes}
            </Button>
            <Button onClick={() => setAsking(false)}>{t.hapusNo}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div aria-live="polite">
        <HapusResult cap={cap} onSelect={onSelect} />
      </div>
    </section>
  );
}
