/**
 * JMH benchmarks of wirecopy's parser and writer, with the inputs they read.
 *
 * <p>{@link org.wirecopy.benchmarks.ArticleBenchmark} gives the commands; {@code benchmarks/run.sh}
 * runs them and {@link org.wirecopy.benchmarks.Report} sums them up.
 */
package org.wirecopy.benchmarks;
