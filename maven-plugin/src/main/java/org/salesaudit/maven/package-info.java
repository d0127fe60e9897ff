/**
 * The salesaudit Maven plugin: thin Mojos that turn their parameters into an engine request and map
 * the engine's exceptions (bad data to {@code MojoFailureException}, I/O to
 * {@code MojoExecutionException}). No audit logic lives here.
 */
package org.salesaudit.maven;
