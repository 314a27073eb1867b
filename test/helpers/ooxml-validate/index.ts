/**
 * Checks for a written .xlsx package: the XML schema check of the parts a write added or changed
 * (schema.ts) and the rules no schema states (package-checks.ts, sheet-checks.ts).
 */
import { checkAppTitles, checkContentTypes, checkDefinedNames, checkRelationships } from "./package-checks";
import type { Parts } from "./parts";
import { checkMerges, checkStyles, checkVmlShapes } from "./sheet-checks";
import { workbookModel } from "./workbook";

export { changedXmlParts, partText, readParts, writeParts, type Parts } from "./parts";
export { compatibilityPrePass } from "./mce";
export { schemaSetup, validateParts, SCHEMA_HOME, type SchemaError, type XmlPart } from "./schema";
export {
  checkAppTitles,
  checkContentTypes,
  checkDefinedNames,
  checkMerges,
  checkRelationships,
  checkStyles,
  checkVmlShapes,
  workbookModel,
};

/** Every rule no schema makes, on a whole package; [] when it keeps them all. */
export function packageProblems(parts: Parts): string[] {
  const wb = workbookModel(parts);
  return [
    ...checkRelationships(parts),
    ...checkContentTypes(parts),
    ...checkStyles(parts, wb),
    ...checkVmlShapes(parts),
    ...checkMerges(parts, wb),
    ...checkDefinedNames(wb),
    ...checkAppTitles(parts, wb),
  ];
}
