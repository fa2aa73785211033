/**
 * Short runnable programs that use wirecopy: {@link org.wirecopy.examples.ParseOne},
 * {@link org.wirecopy.examples.WhoSaidWhat}, {@link org.wirecopy.examples.BuildArticle} and
 * {@link org.wirecopy.examples.JsonRoundTrip}; the command-line tool is in
 * {@code org.wirecopy.examples.cli}.
 */
package org.wirecopy.examples;
