import { describe, expect, it } from '@jest/globals';
import openapi from './openapi.json';
import { AUDIT_ENTITY_TYPES, MAX_PLANNED_YEAR, MAX_STATEMENT_TEXT, MIN_PLANNED_YEAR, STATEMENT_STATUSES } from './api-types';

// The few values the frontend needs at run time (not only as types) are checked against the
// generated OpenAPI document, so a backend change that moves them fails here.
const schemas = openapi.components.schemas;

describe('api-types: run-time values agree with the OpenAPI document', () => {
  it('offers exactly the statuses the API accepts', () => {
    expect([...STATEMENT_STATUSES].sort()).toEqual([...schemas.StatementDto.properties.status.enum].sort());
  });

  it('filters the audit log by exactly the entity types the API knows', () => {
    expect([...AUDIT_ENTITY_TYPES].sort()).toEqual([...schemas.AuditEventDto.properties.entityType.enum].sort());
  });

  it('checks the statement text against the API maximum', () => {
    expect(schemas.CreateStatementDto.properties.text.maxLength).toBe(MAX_STATEMENT_TEXT);
    expect(schemas.UpdateStatementDto.properties.text.maxLength).toBe(MAX_STATEMENT_TEXT);
  });

  it('states the planned-year range the API describes', () => {
    expect(schemas.CreateStatementDto.properties.plannedYears.description).toContain(`${MIN_PLANNED_YEAR}–${MAX_PLANNED_YEAR}`);
  });
});
