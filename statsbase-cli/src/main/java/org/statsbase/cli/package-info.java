/**
 * The {@code statsbase} command line (picocli): one runnable jar, JSON Lines output, stable
 * exit codes and error codes ({@link org.statsbase.cli.CliError}). Only {@link org.statsbase.cli.Main}
 * and {@link org.statsbase.cli.CliError} are public; the commands are package-private and their
 * contract is the documented command line (statsbase-cli/README.md), not a Java API.
 */
package org.statsbase.cli;
