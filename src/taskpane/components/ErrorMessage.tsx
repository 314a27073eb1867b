/** A failure in the user's language: what happened, what to do, and the technical detail folded away. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useLang, useStrings, type Lang } from "../i18n";

export interface ErrorMessageProps {
  error: unknown;
  /** true when the failure happened while reading the workbook */
  duringRead?: boolean;
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** Everything a developer needs, without assuming the error's type (Office errors carry code and debugInfo). */
export function technicalDetail(error: unknown): string {
  if (error instanceof Error) {
    const extra = error as Error & { code?: unknown; debugInfo?: unknown };
    const lines = [`${error.name}: ${error.message}`];
    if (extra.code !== undefined) lines.push(`code: ${String(extra.code)}`);
    if (extra.debugInfo !== undefined) lines.push(`debugInfo: ${safeJson(extra.debugInfo)}`);
    if (error.stack) lines.push(error.stack);
    return lines.join("\n");
  }
  return typeof error === "string" ? error : safeJson(error);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Errors of the gateway (ExcelApplyError, ExcelVersionError) carry their own message in both languages. */
function ownMessage(error: unknown, lang: Lang): string | null {
  const pesan = (error as { pesan?: unknown } | null)?.pesan;
  if (pesan && typeof pesan === "object" && typeof (pesan as Record<string, unknown>)[lang] === "string")
    return (pesan as Record<Lang, string>)[lang];
  return null;
}

export function ErrorMessage({ error, duringRead, onRetry, onDismiss }: ErrorMessageProps) {
  const t = useStrings();
  const lang = useLang();
  const own = ownMessage(error, lang);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {own ?? (duringRead ? t.errorReadBody : t.errorBody)}
        <Accordion collapsible>
          <AccordionItem value="detail">
            <AccordionHeader size="small">{t.errorDetails}</AccordionHeader>
            <AccordionPanel>
              <pre style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", fontSize: 11, margin: 0 }}>
                {technicalDetail(error)}
              </pre>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </MessageBarBody>
      {(onRetry || onDismiss) && (
        <MessageBarActions>
          {onRetry && <Button onClick={onRetry}>{t.retry}</Button>}
          {onDismiss && (
            <Button appearance="transparent" onClick={onDismiss}>
              {t.dismiss}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
