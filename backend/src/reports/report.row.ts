/** A `report` row as every query of reports reads it. */
export interface ReportRow {
  id: number;
  commission_id: number;
  key: string;
  title: string;
  area: string | null;
  year: number | null;
  /** Ways documents name the report (lower case); the importer resolves them. */
  aliases: string[];
}

export const REPORT_COLUMNS = 't.id, t.commission_id, t.key, t.title, t.area, t.year, t.aliases';
