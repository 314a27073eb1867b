/**
 * "Bab III (Word)", shown after a successful run: download the draft chapter as a .docx, or copy
 * each table (formatted, for Word) and its narrative. Where the host lets neither the download nor
 * the clipboard through, the pane says so and shows the content to copy by hand.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { useHost } from "../host-bridge";
import { judulTabel } from "../../docx/table-html";
import { useLang, useStrings } from "../i18n";
import { usePaneStyles } from "../pane-styles";
import { useBabTiga, type RunOk, type SalinManual } from "../use-bab-tiga";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  manual: {
    maxHeight: "240px",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    userSelect: "text",
  },
});

/** The content the clipboard refused, selectable: a table as it pastes into Word, a text as text. */
function ManualCopy({ isi }: { isi: SalinManual }) {
  const t = useStrings();
  const styles = useStyles();
  if (isi.html === undefined)
    return <Textarea readOnly resize="vertical" aria-label={t.babTigaManual} value={isi.teks} rows={8} />;
  return (
    <div
      className={styles.manual}
      role="region"
      aria-label={t.babTigaManual}
      tabIndex={0}
      // our own markup: every text in it went through escapeHtml (src/docx/table-html.ts)
      dangerouslySetInnerHTML={{ __html: isi.html }}
    />
  );
}

export function BabTigaSection({ outcome }: { outcome: RunOk }) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const pane = usePaneStyles();
  const host = useHost();
  const id = useId();
  const bab = useBabTiga(outcome, host, t);
  const { tables } = bab.input;
  return (
    <section className={pane.section} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className={pane.h2}>
        {t.babTigaTitle}
      </h2>
      <Text id={`${id}-hint`} size={200}>
        {t.babTigaHint}
      </Text>
      <div className={pane.row}>
        <Button
          appearance="primary"
          disabled={bab.menyusun}
          aria-describedby={`${id}-hint`}
          onClick={bab.unduh}
        >
          {bab.menyusun ? t.babTigaMenyusun : t.babTigaUnduh}
        </Button>
        {tables.length > 1 && (
          <Button onClick={() => bab.salinTabel(tables, t.babTigaSemuaTabel)}>{t.babTigaSalinSemua}</Button>
        )}
      </div>
      {tables.length === 0 && <Text size={200}>{t.babTigaTanpaTabel}</Text>}
      {tables.length > 0 && (
        <ul className={styles.list} aria-label={t.babTigaDaftar}>
          {tables.map((m) => (
            <li key={m.nomor} className={styles.item} data-nomor={m.nomor}>
              <Text size={200} weight="semibold">
                {judulTabel(m, lang)}
              </Text>
              <div className={pane.row}>
                <Button size="small" onClick={() => bab.salinTabel([m], t.babTigaNamaTabel(m.nomor))}>
                  {t.babTigaSalinTabel(m.nomor)}
                </Button>
                {bab.input.narasi.some((n) => n.nomor === m.nomor && n.paragraf.length > 0) && (
                  <Button size="small" onClick={() => bab.salinNarasi(m.nomor)}>
                    {t.babTigaSalinNarasi(m.nomor)}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <div aria-live="polite">
        {bab.pesan && (
          <MessageBar intent={bab.pesan.intent} layout="multiline">
            <MessageBarBody>{bab.pesan.teks}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={bab.tutupPesan}>
                {t.babTigaTutup}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      {bab.manual && <ManualCopy isi={bab.manual} />}
    </section>
  );
}
