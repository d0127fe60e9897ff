/**
 * Rendering: the {@link org.salesaudit.render.Renderer} interface with one public implementation per
 * format in the sub-packages, the {@link org.salesaudit.render.ReportOutput} they write into
 * (atomically, see {@link org.salesaudit.render.AtomicDirectoryOutput}), and what all formats share:
 * the message bundles ({@link org.salesaudit.render.Messages}) and locale-aware number formatting
 * ({@link org.salesaudit.render.ValueFormatter}).
 */
package org.salesaudit.render;
