/**
 * Errors shaped like OfficeExtension.Error (name "RichApi.Error", a `code`, `debugInfo`), so code
 * that inspects `error.code` behaves the same against the fake and against Excel.
 */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ItemAlreadyExists"
  | "InvalidOperationInCellEditMode"
  | "InvalidSelection"
  | "InvalidOperation"
  | "FakeNotImplemented";

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation ? { code, message, errorLocation } : { code, message };
  }
}

export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}
