import type { ValidationError } from 'class-validator';
import { AppException } from './app-exception.js';

/** Flattens class-validator errors to `{ "field.sub": "what is wrong" }` for the envelope. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      result[path] = [...new Set(Object.values(error.constraints))].join('; ');
    }
    if (error.children?.length) {
      Object.assign(result, flattenValidationErrors(error.children, path));
    }
  }
  return result;
}

/**
 * `{ "field.sub": ["minLength", …] }`: the names of the failed class-validator constraints, beside
 * the English messages of `errors`, so that a client can translate by a stable key.
 */
export function flattenValidationConstraints(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) result[path] = Object.keys(error.constraints);
    if (error.children?.length) Object.assign(result, flattenValidationConstraints(error.children, path));
  }
  return result;
}

export function validationExceptionFactory(errors: ValidationError[]): AppException {
  return AppException.validation(flattenValidationErrors(errors), { constraints: flattenValidationConstraints(errors) });
}
