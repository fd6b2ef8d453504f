package org.entente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.table.CsvTable;
import org.entente.table.Schemas;

/**
 * Real news text for the benchmark: the articles that {@code ../shared/tools/make_corpus.py OUT COPIES --jsonl}
 * writes — the seed articles and the development set (real wire copy), copied {@code COPIES} times under new ids
 * ({@code c00000_<file name>}), each with its manifest's publication date — as one JSONL file. Dense text: most
 * sentences name a state and many report acts, unlike the generated corpus.
 */
public final class RealCorpus {
  private final Path shared;

  /** @param shared the shared folder beside the project, holding {@code seeds/} and {@code devset/articles/} */
  public RealCorpus(Path shared) {
    this.shared = shared;
  }

  /** Whether the shared folder holds both sets of articles. */
  public boolean available() {
    return sets().stream().allMatch(Files::isDirectory);
  }

  private List<Path> sets() {
    return List.of(shared.resolve("seeds"), shared.resolve("devset").resolve("articles"));
  }

  /** One article of one copy. */
  private record Source(String name, String published, String text) {}

  /** Writes {@code copies} copies; returns the number of articles written. */
  public long write(Path file, int copies) {
    List<Source> sources = sources();
    ObjectMapper json = new ObjectMapper();
    long articles = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < copies; i++) {
        for (Source s : sources) {
          ObjectNode line = json.createObjectNode();
          line.put("id", String.format("c%05d_%s", i, s.name().substring(0, s.name().length() - ".txt".length())));
          line.put("published", s.published());
          line.put("text", s.text());
          out.write(json.writeValueAsString(line));
          out.write('\n');
          articles++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the corpus", e);
    }
    return articles;
  }

  /** The articles of both sets, each set in file-name order, read as Python reads text (universal newlines). */
  private List<Source> sources() {
    List<Source> out = new ArrayList<>();
    for (Path dir : sets()) {
      Map<String, String> published = new HashMap<>();
      Path manifest = dir.resolve("manifest.csv");
      if (Files.isRegularFile(manifest)) {
        for (CsvTable.Row r : Schemas.MANIFEST.rows(manifest).rows()) published.put(r.get("file"), r.get("published"));
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt"))
            .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList()) {
          String name = f.getFileName().toString();
          String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
          out.add(new Source(name, published.getOrDefault(name, ""), text));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(dir + ": cannot read the articles", e);
      }
    }
    return out;
  }
}
