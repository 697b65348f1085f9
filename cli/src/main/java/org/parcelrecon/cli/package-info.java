/**
 * The {@code parcelrecon} command line: the only module that prints, reads the terminal or exits.
 *
 * <p>{@link org.parcelrecon.cli.ParcelRecon} is the command tree; each subcommand is a small class that parses its
 * options, calls the library and writes through {@code spec.commandLine().getOut()/getErr()} so that tests can
 * capture it. Data goes to standard output, messages and progress to standard error.
 */
package org.parcelrecon.cli;
