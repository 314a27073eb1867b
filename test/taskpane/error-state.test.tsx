import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { HostBridge } from "../../src/taskpane/host-bridge";
import { memoryGateway, SEED_ROWS, snapshotOf } from "./helpers";

/** Office.js rejects a read while a cell is being edited with an error that carries a code. */
function editModeError(): Error {
  return Object.assign(new Error("The request cannot be processed because Excel is in cell-editing mode."), {
    name: "RichApi.Error",
    code: "InvalidOperationInCellEditMode",
  });
}

function host(
  overrides: Partial<HostBridge["gateway"]>,
  selectCell: HostBridge["selectCell"] = async () => {},
) {
  const { gateway } = memoryGateway(snapshotOf(SEED_ROWS));
  return {
    gateway: { ...gateway, ...overrides },
    selectCell,
    getSelectedRange: async () => ({ sheet: "", range: "A1" }),
  };
}

describe("pane error states", () => {
  test("the pane shows its content before the read, then a failed read in Indonesian with folded detail", async () => {
    let fail!: (e: unknown) => void;
    const reads: number[] = [];
    const h = host({
      read: () => {
        reads.push(1);
        return new Promise((_, reject) => (fail = reject));
      },
    });
    render(<App host={h} lang="id" theme="light" />);
    expect(screen.getByRole("heading", { name: "Capaian Kinerja" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Hitung Capaian" })).toBeTruthy();
    await waitFor(() => expect(reads).toHaveLength(1));

    await act(async () => fail(editModeError()));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Terjadi kesalahan")).toBeTruthy();
    expect(alert.textContent).toContain("Pastikan tidak ada sel yang sedang disunting");
    const detail = within(alert).getByRole("button", { name: "Detail teknis" });
    expect(detail.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(detail);
    expect(alert.textContent).toContain("code: InvalidOperationInCellEditMode");

    fireEvent.click(within(alert).getByRole("button", { name: "Coba lagi" }));
    await waitFor(() => expect(reads).toHaveLength(2));
  });

  test("a failed write is shown in English with what to do, and the pane stays usable", async () => {
    const h = host({
      apply: async () => {
        throw Object.assign(new Error("Payload too large"), { code: "RequestPayloadSizeLimitExceeded" });
      },
    });
    render(<App host={h} lang="en" theme="dark" />);
    const run = screen.getByRole("button", { name: "Calculate achievement" });
    await waitFor(() => expect(screen.getByText(/7 indicators read/)).toBeTruthy());
    fireEvent.click(run);
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Something went wrong")).toBeTruthy();
    expect(alert.textContent).toContain("Nothing was changed.");
    fireEvent.click(within(alert).getByRole("button", { name: "Technical details" }));
    expect(alert.textContent).toContain("RequestPayloadSizeLimitExceeded");
    fireEvent.click(within(alert).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect((run as HTMLButtonElement).disabled).toBe(false);
  });

  test("a rendering bug inside the pane is caught and shown, not a blank pane", () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => {});
    // A host whose gateway cannot even be reached breaks the pane on its first render.
    const broken = Object.defineProperty({ selectCell: async () => {} }, "gateway", {
      get() {
        throw new Error("gateway unavailable");
      },
    }) as unknown as HostBridge;
    render(<App host={broken} lang="id" theme="light" />);
    expect(screen.getByRole("alert").textContent).toContain("Terjadi kesalahan");
    quiet.mockRestore();
  });
});
