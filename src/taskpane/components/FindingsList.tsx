/** Findings grouped by tingkat; each one names its cell and selects it when clicked. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Link,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Temuan, Tingkat } from "../../engine/model";
import { useLang, useStrings } from "../i18n";

const ORDER: Tingkat[] = ["galat", "peringatan", "info"];
const PAGE = 25;

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  where: { fontSize: tokens.fontSizeBase200, textAlign: "left" },
});

const BADGE: Record<Tingkat, "danger" | "warning" | "informative"> = {
  galat: "danger",
  peringatan: "warning",
  info: "informative",
};

export interface FindingsListProps {
  temuan: Temuan[];
  onSelect(sheet: string, cell: string): void;
}

export function FindingsList({ temuan, onSelect }: FindingsListProps) {
  const t = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Tingkat, number>>({ galat: PAGE, peringatan: PAGE, info: PAGE });
  if (temuan.length === 0) return <Text>{t.findingsNone}</Text>;

  const groups = ORDER.map((tingkat) => ({
    tingkat,
    items: temuan.filter((x) => x.tingkat === tingkat),
  })).filter((g) => g.items.length > 0);
  const firstOpen = groups[0]?.tingkat;

  return (
    <Accordion multiple collapsible defaultOpenItems={firstOpen ? [firstOpen] : []}>
      {groups.map(({ tingkat, items }) => (
        <AccordionItem key={tingkat} value={tingkat}>
          <AccordionHeader>
            {t.tingkat[tingkat]}&nbsp;
            <Badge appearance="filled" color={BADGE[tingkat]} aria-hidden>
              {items.length}
            </Badge>
            <span style={{ position: "absolute", left: -10000 }}>({items.length})</span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} aria-label={t.tingkat[tingkat]}>
              {items.slice(0, shown[tingkat]).map((x, i) => {
                const first = x.sel[0];
                const where = first ? `${first.sheet}!${first.cell}` : null;
                return (
                  <li key={i} className={styles.item} data-kode={x.kode}>
                    <Text size={200}>{x.pesan[lang]}</Text>
                    {first && where && (
                      <Link
                        as="button"
                        className={styles.where}
                        aria-label={t.findingGo(where)}
                        onClick={() => onSelect(first.sheet, first.cell)}
                      >
                        {where}
                      </Link>
                    )}
                  </li>
                );
              })}
            </ul>
            {items.length > shown[tingkat] && (
              <Button
                size="small"
                appearance="subtle"
                onClick={() => setShown((s) => ({ ...s, [tingkat]: s[tingkat] + PAGE }))}
              >
                {t.showMore(Math.min(PAGE, items.length - shown[tingkat]))}
              </Button>
            )}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
