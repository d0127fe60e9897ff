/**
 * Ingestion: reads workbooks read-only (POI's streaming reader for {@code .xlsx}, HSSF for
 * {@code .xls}), recognises each sheet by its name or its headers using the alias file
 * {@code header-aliases.properties} (CRM exports, five languages) and an optional user
 * {@link org.salesaudit.ingest.ColumnMapping}, and turns rows into the typed records of
 * {@link org.salesaudit.model}, reporting every repaired or unreadable cell as a
 * {@link org.salesaudit.problem.Problem}. The entry point is {@link org.salesaudit.ingest.SalesDataReader}.
 */
package org.salesaudit.ingest;
