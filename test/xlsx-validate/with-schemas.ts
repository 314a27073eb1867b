/**
 * Declares schema tests only when the OOXML schemas and xmllint are there; otherwise one skipped
 * test whose title says why, and a warning in the output, so a missing check never passes silently.
 */
import { schemaSetup } from "../helpers/ooxml-validate";

export function describeWithSchemas(title: string, body: (entry: string) => void): void {
  const setup = schemaSetup();
  if (setup.ok) {
    describe(title, () => body(setup.entry));
    return;
  }
  console.warn(`SKIPPED ${title}: ${setup.why}`);
  describe(title, () => {
    test.skip(`SKIPPED: ${setup.why}`, () => undefined);
  });
}
