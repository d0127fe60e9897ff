/**
 * The command line ({@code salesaudit audit | validate | commissions}), the only package that imports
 * picocli. Commands turn options into an engine request and map exceptions to exit codes: 0 ok,
 * 1 I/O or internal error, 2 bad options, 3 unusable input data.
 */
package org.salesaudit.cli;
