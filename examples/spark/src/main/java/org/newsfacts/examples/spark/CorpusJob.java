package org.newsfacts.examples.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsfacts.Claim;
import org.newsfacts.FactSheet;
import org.newsfacts.SpeechMode;
import org.newsfacts.Statement;
import org.newsfacts.Term;
import org.newsfacts.json.FactSheetJson;
import org.newsfacts.json.JsonReadException;
import org.newsfacts.reference.ReferenceCorpus;
import scala.Tuple2;

/**
 * A newsroom's questions over a corpus of fact sheets, on Apache Spark: how many claims at each
 * degree of factuality, how much money in each currency, who is quoted directly most often; and
 * which lines of which files are not valid sheets, and why.
 *
 * <p>Each line is read by the library's strict reader inside the partition that holds it (the
 * reader is a static, thread-safe value, made once per executor JVM: nothing of it is serialized).
 * A bad line becomes a row with its file, its line number and every violation; it never stops the
 * job. Results are JSON Lines under the output folder: {@code claims-by-factuality},
 * {@code amounts-by-currency}, {@code top-speakers}, {@code bad-lines}.
 *
 * <pre>
 * CorpusJob generate FILE SHEETS   a corpus from the library's reference sheets, with a bad line in 50
 * CorpusJob run INPUT OUTPUT       the job; INPUT a JSON Lines file or a folder of them
 * CorpusJob bench INPUT OUTPUT     the job, then Spark's own JSON reader on the same input, timed
 * </pre>
 *
 * <p>Without a master set (by {@code spark-submit --master ...}), it runs in local mode on every
 * core.
 */
public final class CorpusJob {
  private CorpusJob() {}

  /** The reader: strict, and on one thread, as a Spark task has one core. */
  private static final class Reader {
    static final FactSheetJson JSON = FactSheetJson.builder().parallelism(1).build();
  }

  /**
   * One thing the job counts: a claim's factuality, a currency and an amount, a quoted speaker, a
   * sheet, or a bad line.
   *
   * @param kind {@code factuality}, {@code currency}, {@code speaker}, {@code sheet} or {@code bad}
   * @param key the factuality, the currency code, the speaker's name; for a bad line its file, a
   *     line break, and its violations
   * @param line the line's number in its file, from 1
   * @param amount the amount, for a currency; otherwise null
   */
  public record Fact(String kind, String key, long line, BigDecimal amount) implements Serializable {}

  /**
   * @param args {@code generate FILE SHEETS}, or {@code run|bench INPUT OUTPUT}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("generate")) {
      generate(Path.of(args[1]), Integer.parseInt(args[2]));
      return;
    }
    if (args.length != 3 || !(args[0].equals("run") || args[0].equals("bench"))) {
      System.err.println("usage: CorpusJob generate FILE SHEETS | CorpusJob run|bench INPUT OUTPUT");
      System.exit(2);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("newsfacts corpus job")
        .config("spark.ui.enabled", "false");
    if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      // local mode: the aggregates are small, and Spark's 200 shuffle partitions would be 200 tasks each
      builder.master("local[*]").config("spark.sql.shuffle.partitions",
          String.valueOf(Runtime.getRuntime().availableProcessors()));
    }
    try (SparkSession spark = builder.getOrCreate()) {
      spark.sparkContext().setLogLevel("WARN");
      long start = System.nanoTime();
      Summary summary = run(spark, args[1], args[2]);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%d sheets, %d bad lines, %.1f MB in %.1f s: %.1f MB/s%n", summary.sheets,
          summary.badLines, summary.bytes / 1e6, seconds, summary.bytes / 1e6 / seconds);
      if (args[0].equals("bench")) {
        start = System.nanoTime();
        long rows = spark.read().json(args[1]).count();
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "spark.read().json: %d rows, %.1f MB in %.1f s: %.1f MB/s%n", rows,
            summary.bytes / 1e6, seconds, summary.bytes / 1e6 / seconds);
      }
    }
  }

  /**
   * What the job found, for its last line.
   *
   * @param sheets the valid sheets
   * @param badLines the lines that are no valid sheet
   * @param bytes the size of the input
   */
  public record Summary(long sheets, long badLines, long bytes) {}

  /**
   * Runs the job.
   *
   * @param spark the session
   * @param input a JSON Lines file, or a folder of them
   * @param output the folder the results are written to (replaced)
   * @return the counts
   */
  public static Summary run(SparkSession spark, String input, String output) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String> files = new ArrayList<>();
    long bytes = 0;
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
    FileSystem fs = root.getFileSystem(sc.hadoopConfiguration());
    for (FileStatus status : fs.isDirectory(root) ? fs.listStatus(root) : new FileStatus[] {fs.getFileStatus(root)}) {
      String name = status.getPath().getName();
      if (status.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
        files.add(status.getPath().toString());
        bytes += status.getLen();
      }
    }
    // each file on its own, so that a line's number is its place in its file
    JavaRDD<Fact> facts = sc.emptyRDD();
    for (String file : files) {
      facts = facts.union(sc.textFile(file).zipWithIndex().mapPartitions(lines -> facts(file, lines)));
    }
    facts = facts.persist(StorageLevel.MEMORY_AND_DISK());

    write(spark, count(facts, "factuality"), "factuality", "claims", output + "/claims-by-factuality");
    write(spark, count(facts, "speaker"), "speaker", "quotes",
        output + "/top-speakers", 20);
    JavaRDD<Row> money = facts.filter(f -> f.kind().equals("currency"))
        .mapToPair(f -> new Tuple2<>(f.key(), new Tuple2<>(1L, f.amount())))
        .reduceByKey((a, b) -> new Tuple2<>(a._1() + b._1(), a._2().add(b._2())))
        .map(t -> RowFactory.create(t._1(), t._2()._1(), t._2()._2().toPlainString()));
    spark.createDataFrame(money, new StructType().add("currency", DataTypes.StringType)
        .add("claims", DataTypes.LongType).add("total", DataTypes.StringType))
        .orderBy("currency").coalesce(1).write().mode("overwrite").json(output + "/amounts-by-currency");
    JavaRDD<Row> bad = facts.filter(f -> f.kind().equals("bad"))
        .map(f -> RowFactory.create(f.key().substring(0, f.key().indexOf('\n')), f.line(),
            f.key().substring(f.key().indexOf('\n') + 1)));
    spark.createDataFrame(bad, new StructType().add("file", DataTypes.StringType).add("line", DataTypes.LongType)
        .add("violations", DataTypes.StringType)).orderBy("file", "line").coalesce(1).write().mode("overwrite")
        .json(output + "/bad-lines");
    long sheets = facts.filter(f -> f.kind().equals("sheet")).count();
    long badLines = facts.filter(f -> f.kind().equals("bad")).count();
    facts.unpersist();
    return new Summary(sheets, badLines, bytes);
  }

  /** {@return the facts of a partition's lines: each line read strictly, a bad one kept as such} */
  static Iterator<Fact> facts(String file, Iterator<Tuple2<String, Long>> lines) {
    List<Fact> facts = new ArrayList<>();
    while (lines.hasNext()) {
      Tuple2<String, Long> line = lines.next();
      long number = line._2() + 1;
      FactSheet sheet;
      try {
        sheet = Reader.JSON.read(line._1());
      } catch (JsonReadException e) {
        String violations = e.violations().stream().map(Object::toString).collect(Collectors.joining("; "));
        facts.add(new Fact("bad", file + "\n" + violations, number, null));
        continue;
      }
      facts.add(new Fact("sheet", "", number, null));
      for (Claim claim : sheet.claims()) {
        facts.add(new Fact("factuality", claim.factuality().certainty() + " " + claim.factuality().polarity(),
            number, null));
        if (claim.value().orElse(null) instanceof Term.OfQuantity q && q.quantity().amount().isPresent()) {
          q.quantity().unit().currency().ifPresent(currency -> facts.add(new Fact("currency",
              currency.getCurrencyCode(), number, q.quantity().amount().get())));
        }
      }
      for (Statement statement : sheet.statements()) {
        if (statement.speech() == SpeechMode.DIRECT && statement.speaker().isPresent()) {
          String speaker = statement.speaker().get();
          String name = sheet.participant(speaker).flatMap(p -> p.name()).orElse(speaker);
          facts.add(new Fact("speaker", name, number, null));
        }
      }
    }
    return facts.iterator();
  }

  private static JavaRDD<Row> count(JavaRDD<Fact> facts, String kind) {
    JavaPairRDD<String, Long> counts = facts.filter(f -> f.kind().equals(kind))
        .mapToPair(f -> new Tuple2<>(f.key(), 1L)).reduceByKey((a, b) -> a + b);
    return counts.map(t -> RowFactory.create(t._1(), t._2()));
  }

  private static void write(SparkSession spark, JavaRDD<Row> rows, String key, String count, String folder) {
    write(spark, rows, key, count, folder, Integer.MAX_VALUE);
  }

  private static void write(SparkSession spark, JavaRDD<Row> rows, String key, String count, String folder,
      int limit) {
    Dataset<Row> table = spark.createDataFrame(rows, new StructType().add(key, DataTypes.StringType)
        .add(count, DataTypes.LongType)).orderBy(org.apache.spark.sql.functions.desc(count),
        org.apache.spark.sql.functions.asc(key)).limit(limit);
    table.coalesce(1).write().mode("overwrite").json(folder);
  }

  /** Writes a corpus: the library's reference sheets over and over, and a bad line in fifty. */
  static void generate(Path file, int sheets) throws IOException {
    List<FactSheet> reference = ReferenceCorpus.articles().stream().map(ReferenceCorpus.Article::sheet)
        .collect(Collectors.toList());
    Files.createDirectories(file.toAbsolutePath().getParent());
    FactSheetJson json = FactSheetJson.strict();
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < sheets; i++) {
        if (i % 50 == 49) {
          out.write(("{\"formatVersion\": 2, \"line\": " + (i + 1) + "}\n").getBytes(StandardCharsets.UTF_8));
        } else {
          json.writeLines(Stream.of(reference.get(i % reference.size())), out);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    System.out.println("wrote " + sheets + " lines (" + IntStream.range(0, sheets).filter(i -> i % 50 == 49).count()
        + " of them bad) to " + file);
  }
}
