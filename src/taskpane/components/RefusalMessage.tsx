/**
 * The run stopped before writing: say why, from the refusals' codes (a sentence per cause, never
 * "cells in the way" for a workbook without a table), then each refusal, with a link to its cell.
 */
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Refusal } from "../../engine/plan";
import { useLang, useStrings } from "../i18n";

export function RefusalMessage({
  refusals,
  onSelect,
}: {
  refusals: Refusal[];
  onSelect(sheet: string, cell: string): void;
}) {
  const t = useStrings();
  const lang = useLang();
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.refusedTitle}</MessageBarTitle>
        {[...new Set(refusals.map((r) => r.kode))].map((kode) => (
          <div key={kode} data-sebab={kode}>
            {t.refusedBecause[kode]}
          </div>
        ))}
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {refusals.slice(0, 20).map((r, i) => (
            <li key={i} data-kode={r.kode}>
              {r.pesan[lang]}{" "}
              {r.cell && (
                <Link as="button" inline onClick={() => onSelect(r.sheet, r.cell as string)}>
                  {r.sheet}!{r.cell}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
