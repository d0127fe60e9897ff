/**
 * The statement PDF written directly with PDFBox: fixed positions on A4 pages, the bundled fonts
 * chosen per character and parsed once per thread, Arabic shaped and reordered with ICU, and the
 * tagging, metadata and output intent of PDF/A-3a and PDF/UA-1.
 */
package org.salesaudit.commission.statements.pdf;
