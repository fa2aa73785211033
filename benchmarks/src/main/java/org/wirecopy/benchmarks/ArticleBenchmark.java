package org.wirecopy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.wirecopy.jackson.WirecopyModule;
import org.wirecopy.model.Article;
import org.wirecopy.text.ArticleParser;
import org.wirecopy.text.ArticleWriter;

/**
 * Throughput of reading and writing wire copy, in input bytes per second.
 *
 * <p>Each operation handles every article of one input: the dev corpus of core's tests (38
 * articles, 77 KiB) or one article of exactly 1 KiB, 1 MiB or 10 MiB built from the seed and the
 * paragraphs of the corpus's articles in its language. The benchmarks:
 * <ul>
 *   <li>{@code scan}, the floor: decode the UTF-8 bytes to a string and split it into lines;
 *   <li>{@code parse}: {@link ArticleParser#parse(byte[])} of the same bytes, strict
 *       UTF-8 decoding included;
 *   <li>{@code structure}: the same with a parser that reads the structure only
 *       ({@link ArticleParser.Builder#quotes(boolean) quotes(false)}: no quotes, no speakers);
 *   <li>{@code write}: {@link ArticleWriter#write(Article)} of the parsed articles;
 *   <li>{@code json}: the parsed articles to JSON bytes and back, through {@link WirecopyModule}.
 * </ul>
 * The secondary result {@code bytes} is the throughput in input bytes per second ("ops/s" in JMH's
 * table); with {@code -prof gc}, {@code gc.alloc.rate.norm} divided by the input's size is the
 * allocation per input byte. {@link Report} prints both as a table.
 *
 * <p>Build and run from the repository root (the inputs are read from
 * {@code core/src/test/resources/corpus}):
 *
 * <pre>
 * ./mvnw -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc   # quick, ~2 min
 * java -jar benchmarks/target/benchmarks.jar -prof gc                                # full, ~12 min
 * benchmarks/run.sh quick|full          # builds, runs either, and prints the Report table
 * java -jar benchmarks/target/benchmarks.jar parse -p input=corpus -prof jfr         # profile one
 * </pre>
 *
 * <p>Quick mode gives the order of magnitude only: one second of warm-up is too little for the
 * small inputs when other processes share the cores. Take figures from full mode on a quiet
 * machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ArticleBenchmark {

  /** The input: the corpus, or one built article of that size. */
  @Param({"corpus", "1KB", "1MB", "10MB"})
  public String input;

  private final ArticleParser structureOnly = ArticleParser.builder().quotes(false).build();
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new WirecopyModule());
  private byte[][] articles;
  private Article[] parsed;
  private long size;

  /** Input bytes handled, counted as a rate: the throughput in bytes per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Input bytes handled in this iteration. */
    public long bytes;

    /** Starts each iteration's count at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /**
   * Loads the input and parses it once for {@link #write} and {@link #json}, checking that it
   * round-trips through both.
   *
   * @throws IOException if JSON fails to read back
   */
  @Setup(Level.Trial)
  public void load() throws IOException {
    List<byte[]> loaded = Inputs.load(input);
    articles = loaded.toArray(new byte[0][]);
    parsed = new Article[articles.length];
    for (int i = 0; i < articles.length; i++) {
      parsed[i] = ArticleParser.parse(articles[i]);
      byte[] written = ArticleWriter.write(parsed[i]).getBytes(StandardCharsets.UTF_8);
      Article read = mapper.readValue(mapper.writeValueAsBytes(parsed[i]), Article.class);
      if (!Arrays.equals(written, articles[i]) || !read.equals(parsed[i])) {
        throw new IllegalStateException(input + ": article " + i + " does not round-trip");
      }
    }
    size = loaded.stream().mapToLong(a -> a.length).sum();
    System.out.println("input " + input + ": " + articles.length + " article(s), " + size
        + " bytes");
  }

  /**
   * The floor: decode to a string and split into lines.
   *
   * @param bh sink for the lines
   * @param counter the bytes handled
   */
  @Benchmark
  public void scan(Blackhole bh, Bytes counter) {
    for (byte[] article : articles) {
      new String(article, StandardCharsets.UTF_8).lines().forEach(bh::consume);
    }
    counter.bytes += size;
  }

  /**
   * Parses the bytes.
   *
   * @param bh sink for the articles
   * @param counter the bytes handled
   */
  @Benchmark
  public void parse(Blackhole bh, Bytes counter) {
    for (byte[] article : articles) {
      bh.consume(ArticleParser.parse(article));
    }
    counter.bytes += size;
  }

  /**
   * Parses the bytes for the structure only: no quotes, no speakers.
   *
   * @param bh sink for the articles
   * @param counter the bytes handled
   */
  @Benchmark
  public void structure(Blackhole bh, Bytes counter) {
    for (byte[] article : articles) {
      bh.consume(structureOnly.read(article));
    }
    counter.bytes += size;
  }

  /**
   * Writes the parsed articles back to text.
   *
   * @param bh sink for the texts
   * @param counter the bytes handled (those of the input the text equals)
   */
  @Benchmark
  public void write(Blackhole bh, Bytes counter) {
    for (Article article : parsed) {
      bh.consume(ArticleWriter.write(article));
    }
    counter.bytes += size;
  }

  /**
   * Writes the parsed articles as JSON and reads them back.
   *
   * @param bh sink for the articles read
   * @param counter the bytes handled (those of the input text)
   * @throws IOException if JSON fails to read back
   */
  @Benchmark
  public void json(Blackhole bh, Bytes counter) throws IOException {
    for (Article article : parsed) {
      bh.consume(mapper.readValue(mapper.writeValueAsBytes(article), Article.class));
    }
    counter.bytes += size;
  }
}
