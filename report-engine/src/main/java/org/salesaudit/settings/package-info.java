/**
 * The settings file ({@code --settings FILE}, documented in docs/settings.md): typed access with the
 * documented defaults, and a check that every key in the file was understood.
 */
package org.salesaudit.settings;
