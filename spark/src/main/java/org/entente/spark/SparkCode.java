package org.entente.spark;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.entente.Entente;
import org.entente.coding.CodedArticle;
import org.entente.event.Event;
import org.entente.event.EventMerger;
import org.entente.event.LinkedMention;
import org.entente.table.DatasetRecords;
import org.entente.table.WriteOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * {@code entente code} as an Apache Spark job: reads articles (JSONL, a folder of text files with a manifest, or
 * Parquet), codes each partition with the library ({@link Entente}, loaded once per executor), merges the
 * mentions into events distributed — partitioned by the merge key (act type, source, target), each group merged
 * by the same {@link Entente#mergeKind} that {@code entente code} runs — and writes articles, mentions and events
 * with the dataset contract's columns as Parquet and as CSV, partitioned by year and month of their date:
 * {@code OUT/parquet/events/year=2024/month=1/part-*.parquet}, {@code OUT/csv/events/...}. A date that is unknown
 * goes to Spark's null partition ({@code year=__HIVE_DEFAULT_PARTITION__}). The events, ids included, are those
 * {@code entente code} writes for the same input.
 */
@Command(name = "entente-spark", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Code articles into mentions and events with Apache Spark: Parquet and CSV, by year and month.")
public final class SparkCode implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "A JSONL file, a folder of UTF-8 .txt articles with an optional manifest.csv, or Parquet "
          + "(columns id, text, and optionally published, outlet, url, title). Any path Spark reads "
          + "(file:, hdfs:, s3a:, ...).")
  String input;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "jsonl, text or parquet (default: jsonl for *.jsonl, text for a folder of .txt files, "
          + "else parquet).")
  String format;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Output folder: parquet/{articles,mentions,events} and csv/{...}, replaced if present.")
  String output;

  @Option(names = "--dictionary", paramLabel = "DIR",
      description = "A folder of extra dictionary files, at this path on every executor (e.g. shipped with "
          + "spark-submit --files or --archives).")
  String dictionary;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions of the merge (default: Spark's default parallelism).")
  Integer partitions;

  @Option(names = "--raw-text",
      description = "Write article text in the CSV files exactly as coded (Parquet always has it so); by default "
          + "a cell a spreadsheet could take for a formula is prefixed with '.")
  boolean rawText;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master when not run by spark-submit, e.g. local[2] (default: spark-submit's, "
          + "else local[*]).")
  String master;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkCode()).execute(args));
  }

  @Override
  public Integer call() {
    SparkSession.Builder builder = SparkSession.builder().appName("entente");
    if (master != null) builder.master(master);
    else if (!new org.apache.spark.SparkConf().contains("spark.master")) builder.master("local[*]");
    SparkSession spark = builder.getOrCreate();
    try {
      spark.sparkContext().setLogLevel("WARN");
      Settings settings = new Settings(input,
          format == null ? Inputs.guess(spark, input) : Inputs.Format.valueOf(format.toUpperCase(Locale.ROOT)),
          output, dictionary, partitions == null ? spark.sparkContext().defaultParallelism() : partitions, rawText);
      Summary summary = run(spark, settings);
      PrintWriter out = new PrintWriter(System.out, true);
      out.printf("articles: %d, mentions: %d, events: %d, warnings: %d%nwritten to %s: parquet/ and csv/ "
              + "{articles, mentions, events}, by year and month%n",
          summary.articles(), summary.mentions(), summary.events(), summary.warnings(), output);
      return 0;
    } finally {
      spark.stop();
    }
  }

  /** What to run; {@code partitions} is the number of merge partitions. */
  public record Settings(String input, Inputs.Format format, String output, String dictionary, int partitions,
      boolean rawText) {}

  public record Summary(long articles, long mentions, long events, long warnings) {}

  /** An article's row of articles.csv and its mentions, as the coder gave them. */
  private record Coded(Records.Row article, List<Records.CodedMention> mentions) implements Serializable {}

  /** Reads, codes, merges and writes; the session is the caller's. */
  public static Summary run(SparkSession spark, Settings s) {
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    LongAccumulator warnings = spark.sparkContext().longAccumulator("entente warnings");
    String dictionary = s.dictionary();
    boolean rawText = s.rawText();

    JavaRDD<Records.Article> articles = Inputs.read(spark, s.input(), s.format(), warnings);

    // Code each partition with the executor's one Entente.
    JavaRDD<Coded> coded = articles.mapPartitions(part -> {
      Entente entente = Coders.get(dictionary);
      List<Coded> out = new ArrayList<>();
      while (part.hasNext()) {
        Records.Article a = part.next();
        CodedArticle c = entente.code(a.input());
        LocalDate published = c.summary().published();
        List<LinkedMention> ids = Entente.identify(List.of(c));
        List<Records.CodedMention> mentions = new ArrayList<>(ids.size());
        for (int k = 0; k < ids.size(); k++) {
          mentions.add(Records.CodedMention.of(a.ordinal(), k, ids.get(k).mentionId(), published, ids.get(k).mention()));
        }
        out.add(new Coded(row("articles", DatasetRecords.row(c.summary(), new WriteOptions(true)),
            DatasetRecords.row(c.summary(), new WriteOptions(rawText)), published, a.ordinal(), 0), mentions));
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());

    // The merge: partitioned by kind, each kind merged by the library in input order.
    JavaRDD<Records.Row> merged = coded.flatMap(c -> c.mentions().iterator())
        .mapToPair(m -> new Tuple2<>(m.kind(), m))
        .groupByKey(s.partitions())
        .flatMap(kind -> {
          List<Records.CodedMention> ms = new ArrayList<>();
          kind._2().forEach(ms::add);
          ms.sort(Comparator.comparingLong(Records.CodedMention::ordinal).thenComparingInt(Records.CodedMention::k));
          List<LinkedMention> mentions = new ArrayList<>(ms.size());
          Map<String, LocalDate> published = new HashMap<>();
          for (Records.CodedMention m : ms) {
            mentions.add(new LinkedMention(m.mentionId(), null, m.mention()));
            if (m.articlePublished() != null) published.putIfAbsent(m.articleId(), m.articlePublished());
          }
          EventMerger.KindMerge result = Coders.get(dictionary).mergeKind(mentions, published);
          List<Records.Row> out = new ArrayList<>();
          for (Event e : result.events()) {
            out.add(row("events", DatasetRecords.row(e, new WriteOptions(true)),
                DatasetRecords.row(e, new WriteOptions(rawText)), e.date(), 0, 0));
          }
          for (int i = 0; i < ms.size(); i++) {
            Records.CodedMention m = ms.get(i);
            LinkedMention lm = mentions.get(i).withEventId(result.eventIds().get(i));
            out.add(row("mentions", DatasetRecords.row(lm, new WriteOptions(true)),
                DatasetRecords.row(lm, new WriteOptions(rawText)), m.date(), m.ordinal(), m.k()));
          }
          return out.iterator();
        });

    JavaRDD<Records.Row> rows = coded.map(Coded::article).union(merged).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Long> counts = rows.map(Records.Row::table).countByValue();
      write(spark, rows, "articles", DatasetRecords.articleColumns(), s.output(),
          List.of(col(ORDINAL)));
      write(spark, rows, "mentions", DatasetRecords.mentionColumns(), s.output(),
          List.of(col(ORDINAL), col(K)));
      // the order of events.csv: date (unknown last), source, target, category, subtype, id
      write(spark, rows, "events", DatasetRecords.eventColumns(), s.output(),
          List.of(col("date").asc_nulls_last(), col("source"), col("target"), col("category"), col("subtype"),
              col("event_id")));
      return new Summary(counts.getOrDefault("articles", 0L), counts.getOrDefault("mentions", 0L),
          counts.getOrDefault("events", 0L), warnings.value());
    } finally {
      rows.unpersist(false);
      coded.unpersist(false);
    }
  }

  private static final String YEAR = "year";
  private static final String MONTH = "month";
  private static final String ORDINAL = "_ordinal";
  private static final String K = "_k";

  private static Records.Row row(String table, Object[] raw, Object[] csv, LocalDate date, long ordinal, int k) {
    return new Records.Row(table, raw, csv, date == null ? null : date.getYear(),
        date == null ? null : date.getMonthValue(), ordinal, k);
  }

  /** One table, as Parquet and as CSV, partitioned by year and month, each partition in the table's order. */
  private static void write(SparkSession spark, JavaRDD<Records.Row> rows, String table,
      List<DatasetRecords.Column> columns, String output, List<org.apache.spark.sql.Column> order) {
    List<StructField> fields = new ArrayList<>();
    for (DatasetRecords.Column c : columns) fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
    fields.add(DataTypes.createStructField(YEAR, DataTypes.IntegerType, true));
    fields.add(DataTypes.createStructField(MONTH, DataTypes.IntegerType, true));
    fields.add(DataTypes.createStructField(ORDINAL, DataTypes.LongType, false));
    fields.add(DataTypes.createStructField(K, DataTypes.IntegerType, false));
    StructType schema = DataTypes.createStructType(fields);
    JavaRDD<Records.Row> mine = rows.filter(r -> r.table().equals(table));
    for (boolean parquet : new boolean[] {true, false}) {
      JavaRDD<org.apache.spark.sql.Row> cells = mine.map(r -> {
        Object[] values = parquet ? r.raw() : r.csv();
        Object[] all = java.util.Arrays.copyOf(values, values.length + 4);
        all[values.length] = r.year();
        all[values.length + 1] = r.month();
        all[values.length + 2] = r.ordinal();
        all[values.length + 3] = r.k();
        return RowFactory.create(all);
      });
      List<org.apache.spark.sql.Column> sort = new ArrayList<>(List.of(col(YEAR), col(MONTH)));
      sort.addAll(order);
      Dataset<org.apache.spark.sql.Row> df = spark.createDataFrame(cells, schema)
          .repartition(col(YEAR), col(MONTH))
          .sortWithinPartitions(sort.toArray(new org.apache.spark.sql.Column[0]))
          .drop(ORDINAL, K);
      var writer = df.write().mode(SaveMode.Overwrite).partitionBy(YEAR, MONTH);
      if (parquet) {
        writer.parquet(output + "/parquet/" + table);
      } else {
        // DATASET.md's dialect: RFC 4180 quoting, \n, cells as they are, empty for a missing value
        writer.option("header", "true").option("quote", "\"").option("escape", "\"")
            .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false")
            .option("nullValue", "").option("emptyValue", "").option("lineSep", "\n").option("encoding", "UTF-8")
            .option("dateFormat", "yyyy-MM-dd")
            .csv(output + "/csv/" + table);
      }
    }
  }

  private static DataType type(String schemaType) {
    return switch (schemaType) {
      case "string" -> DataTypes.StringType;
      case "integer" -> DataTypes.IntegerType;
      case "number" -> DataTypes.DoubleType;
      case "boolean" -> DataTypes.BooleanType;
      case "date" -> DataTypes.DateType;
      default -> throw new IllegalArgumentException("no Spark type for " + schemaType);
    };
  }
}
