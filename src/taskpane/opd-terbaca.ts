/**
 * A gateway that remembers the agency's name from each workbook it reads (the title rows above
 * the user's tables), so the pane can title Bab III as the workbook's tables are titled without a
 * second read: the pipeline keeps the snapshot to itself.
 */
import { namaOpd } from "../engine/tables/opd";
import type { WorkbookGateway } from "../pipeline/gateway";

export function ingatNamaOpd<G extends WorkbookGateway>(
  gateway: G,
): { gateway: G; namaOpd(): string | null } {
  let nama: string | null = null;
  const read: WorkbookGateway["read"] = async () => {
    const snapshot = await gateway.read();
    // only the workbook's own name: a name in the settings is applied where the settings are known
    nama = namaOpd(snapshot, {});
    return snapshot;
  };
  return { gateway: { ...gateway, read }, namaOpd: () => nama };
}
