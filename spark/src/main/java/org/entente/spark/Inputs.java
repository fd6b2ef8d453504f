package org.entente.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.entente.article.FolderSource;
import org.entente.article.InputArticle;
import org.entente.article.JsonlRecord;
import org.entente.article.Manifest;
import scala.Tuple2;

/**
 * The job's inputs, read as {@code entente code} reads them, each article with its place in the input: a JSONL
 * file (one article per line, the line number being the place; a repeated id keeps its first line), a folder of
 * UTF-8 {@code .txt} files with an optional manifest.csv (file-name order), or Parquet files with the JSONL
 * fields as columns ({@code id} and {@code text} required; the order the files are read in).
 */
final class Inputs {
  enum Format { JSONL, TEXT, PARQUET }

  private Inputs() {}

  /** A {@code .jsonl} file, a folder holding {@code .txt} files, or else Parquet. */
  static Format guess(SparkSession spark, String input) {
    if (input.toLowerCase(Locale.ROOT).endsWith(".jsonl")) return Format.JSONL;
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.getFileStatus(path).isDirectory()) {
        for (FileStatus f : fs.listStatus(path)) {
          if (f.isFile() && f.getPath().getName().endsWith(".txt")) return Format.TEXT;
        }
      }
      return Format.PARQUET;
    } catch (IOException e) {
      throw new UncheckedIOException(input + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  static JavaRDD<Records.Article> read(SparkSession spark, String input, Format format, LongAccumulator warnings) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return switch (format) {
      case JSONL -> firstOfEachId(jsonl(jsc, input, warnings));
      case TEXT -> text(jsc, input, warnings);
      case PARQUET -> firstOfEachId(parquet(spark, input, warnings));
    };
  }

  private static JavaRDD<Records.Article> jsonl(JavaSparkContext jsc, String input, LongAccumulator warnings) {
    String name = new Path(input).getName();
    return jsc.textFile(input).zipWithIndex().flatMap(line -> {
      long index = line._2();
      String text = index == 0 && line._1().startsWith("\uFEFF") ? line._1().substring(1) : line._1();
      if (text.isBlank()) return Collections.emptyIterator();
      InputArticle a = JsonlRecord.parse(text, input, name, Math.toIntExact(index + 1), null, warn(warnings));
      return a == null ? Collections.emptyIterator() : List.of(Records.Article.of(index, a)).iterator();
    });
  }

  private static JavaRDD<Records.Article> parquet(SparkSession spark, String input, LongAccumulator warnings) {
    Dataset<Row> rows = spark.read().parquet(input);
    List<String> columns = List.of(rows.columns());
    if (!columns.contains("id") || !columns.contains("text")) {
      throw new IllegalArgumentException(input + ": Parquet input needs the columns id and text, not " + columns);
    }
    String name = new Path(input).getName();
    return rows.javaRDD().zipWithIndex().flatMap(t -> {
      Row r = t._1();
      long index = t._2();
      String where = input + " row " + (index + 1) + ": ";
      String id = string(r, "id").trim();
      Object text = r.getAs("text");
      if (id.isBlank() || !(text instanceof String body)) {
        warn(warnings).accept(where + "needs a string 'id' and 'text'; skipped");
        return Collections.emptyIterator();
      }
      LocalDate published = null;
      Object date = has(r, "published") ? r.getAs("published") : null;
      if (date instanceof LocalDate d) {
        published = d;
      } else if (date instanceof java.sql.Date d) {
        published = d.toLocalDate();
      } else if (date != null && !date.toString().isBlank()) {
        String s = date.toString().trim();
        try {
          published = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
          warn(warnings).accept(where + "bad date '" + s + "' (expected YYYY-MM-DD); coded without it");
        }
      }
      InputArticle a = new InputArticle(id, name + ":" + (index + 1), body, published, string(r, "outlet").trim(),
          string(r, "url").trim(), string(r, "title").trim(), List.of());
      return List.of(Records.Article.of(index, a)).iterator();
    });
  }

  private static boolean has(Row r, String column) {
    return List.of(r.schema().fieldNames()).contains(column);
  }

  private static String string(Row r, String column) {
    Object v = has(r, column) ? r.getAs(column) : null;
    return v == null ? "" : v.toString();
  }

  /** A folder of .txt files: their order is that of their names, read once on the driver. */
  private static JavaRDD<Records.Article> text(JavaSparkContext jsc, String input, LongAccumulator warnings) {
    Path dir = new Path(input);
    Map<String, Long> order = new HashMap<>();
    byte[] manifest;
    try {
      FileSystem fs = dir.getFileSystem(jsc.hadoopConfiguration());
      List<String> names = new ArrayList<>();
      for (FileStatus f : fs.listStatus(dir)) {
        if (f.isFile() && f.getPath().getName().endsWith(".txt")) names.add(f.getPath().getName());
      }
      if (names.isEmpty()) throw new IllegalArgumentException(input + ": no .txt articles in the folder");
      Collections.sort(names);
      for (int i = 0; i < names.size(); i++) order.put(names.get(i), (long) i);
      Path manifestFile = new Path(dir, Manifest.FILE_NAME);
      manifest = fs.exists(manifestFile) ? readAll(fs.open(manifestFile)) : null;
      if (manifest != null) {
        // read once here for its warnings, with the folder's own listing; the executors read it again quietly
        Manifest.read(manifestFile.toString(), new ByteArrayInputStream(manifest), name -> {
          try {
            return fs.isFile(new Path(dir, name));
          } catch (IOException e) {
            return false;
          }
        }, warn(warnings));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(input + ": cannot list the folder (" + e.getMessage() + ")", e);
    }
    String manifestName = new Path(dir, Manifest.FILE_NAME).toString();
    return jsc.binaryFiles(new Path(dir, "*.txt").toString()).mapPartitions(files -> {
      Manifest m = manifest == null ? Manifest.empty()
          : Manifest.read(manifestName, new ByteArrayInputStream(manifest), name -> true, w -> {});
      List<Records.Article> out = new ArrayList<>();
      while (files.hasNext()) {
        var file = files.next();
        String name = new Path(file._1()).getName();
        Long ordinal = order.get(name);
        if (ordinal == null) continue; // not listed on the driver (a file added since): as if it came later
        InputArticle a = FolderSource.article(name, file._2().toArray(), null, m);
        if (!a.readable()) warn(warnings).accept(file._1() + ": " + a.warnings().get(a.warnings().size() - 1) + "; skipped");
        out.add(Records.Article.of(ordinal, a));
      }
      return out.iterator();
    });
  }

  /**
   * As {@code entente code}: an id used again names the same article, and its first place wins. Only the ids and
   * places are shuffled to find the repeated ids (few, if any); the articles are then filtered where they are.
   */
  private static JavaRDD<Records.Article> firstOfEachId(JavaRDD<Records.Article> articles) {
    Map<String, Long> firsts = new HashMap<>(articles
        .mapToPair(a -> new Tuple2<>(a.id(), new Tuple2<>(a.ordinal(), 1L)))
        .reduceByKey((a, b) -> new Tuple2<>(Math.min(a._1(), b._1()), a._2() + b._2()))
        .filter(t -> t._2()._2() > 1)
        .mapValues(Tuple2::_1)
        .collectAsMap());
    if (firsts.isEmpty()) return articles;
    return articles.filter(a -> !firsts.containsKey(a.id()) || firsts.get(a.id()) == a.ordinal());
  }

  /** Warnings go to the executor's stderr, one line each, as the CLI prints them, and are counted. */
  private static java.util.function.Consumer<String> warn(LongAccumulator warnings) {
    return message -> {
      warnings.add(1);
      System.err.println("entente: warning: " + message.replace('\n', ' '));
    };
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }
}
