/**
 * Ingestion: reads workbooks read-only (POI's streaming reader for {@code .xlsx}, HSSF for
 * {@code .xls}) and CSV exports (encoding and delimiter detected), recognises each sheet by its name
 * or its headers using the alias file {@code header-aliases.properties} (CRM exports, five languages) and an optional user
 * {@link org.salesaudit.ingest.ColumnMapping}, and turns rows into the typed records of
 * {@link org.salesaudit.model}, reporting every repaired or unreadable cell as a
 * {@link org.salesaudit.problem.Problem}, then checks the data as a whole (business-consistency findings,
 * duplicates, names spelt several ways). Hostile or damaged files give one plain problem naming the file.
 * The entry points are {@link org.salesaudit.ingest.SalesDataReader} and, for a starting mapping file,
 * {@link org.salesaudit.ingest.MappingSuggestion}.
 */
package org.salesaudit.ingest;
