/**
 * The PDF report: {@link org.salesaudit.render.pdf.PdfRenderer} lays out the XHTML of
 * {@link org.salesaudit.render.template.ReportDocument} on A4 pages with openhtmltopdf (PDFBox 3).
 *
 * <p>The PDF aims at PDF/A-3a and PDF/UA-1 (tagged, an sRGB output intent, embedded font subsets,
 * title and language), embeds only the fonts bundled in the templates jar (registered as streams),
 * shapes and reorders right-to-left text with ICU, draws inline SVG with Batik, and never fetches an
 * external resource. The same model and locale give byte-identical files: dates, XMP metadata and the
 * trailer ID are derived from the model, not from the clock.
 */
package org.salesaudit.render.pdf;
