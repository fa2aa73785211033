/**
 * The {@code wirecopy} command-line tool, built on picocli: {@link
 * org.wirecopy.examples.cli.WirecopyCommand} and its subcommands {@code parse}, {@code quotes}
 * and {@code write}.
 *
 * <p>Many inputs are read on a bounded thread pool through a bounded window of pending results,
 * so memory stays bounded and outputs come in input order.
 */
package org.wirecopy.examples.cli;
