/**
 * The immutable, typed records of a sales team's data ({@link org.salesaudit.model.Deal},
 * {@link org.salesaudit.model.Rep}, {@link org.salesaudit.model.Quota}, ...), each with the
 * {@link org.salesaudit.model.SourceRef} of the row it was read from. Ingestion produces a
 * {@link org.salesaudit.model.SalesData}; audits, forecasts and commissions only read it.
 */
package org.salesaudit.model;
