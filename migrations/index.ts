import { CreateSchema1763942400000 } from './1763942400000-CreateSchema.js';
import { AddAccountsAndAudit1763942500000 } from './1763942500000-AddAccountsAndAudit.js';
import { AddLoginAttempts1764000000010 } from './1764000000010-AddLoginAttempts.js';
import { AddNameAliases1764000000202 } from './1764000000202-AddNameAliases.js';
import { AddCycleScope1764000000300 } from './1764000000300-AddCycleScope.js';
import { AddLinkEvidenceAndSuggestions1764000000404 } from './1764000000404-AddLinkEvidenceAndSuggestions.js';
import { AddStatementReview1764000000505 } from './1764000000505-AddStatementReview.js';
import { AddOrganisationToUsersAndAudit1764000000600 } from './1764000000600-AddOrganisationToUsersAndAudit.js';
import { AddReminderOutbox1764000000700 } from './1764000000700-AddReminderOutbox.js';
import { AddImportBatch1764000000800 } from './1764000000800-AddImportBatch.js';
import { AddRemisser1764000000900 } from './1764000000900-AddRemisser.js';
import { AddClosedCycleTotals1764001000000 } from './1764001000000-AddClosedCycleTotals.js';

/** Every migration, in order; listed explicitly so compiled code and Jest load the same set. */
export const MIGRATIONS = [
  CreateSchema1763942400000,
  AddAccountsAndAudit1763942500000,
  AddLoginAttempts1764000000010,
  AddNameAliases1764000000202,
  AddCycleScope1764000000300,
  AddLinkEvidenceAndSuggestions1764000000404,
  AddStatementReview1764000000505,
  AddOrganisationToUsersAndAudit1764000000600,
  AddReminderOutbox1764000000700,
  AddImportBatch1764000000800,
  AddRemisser1764000000900,
  AddClosedCycleTotals1764001000000,
];
