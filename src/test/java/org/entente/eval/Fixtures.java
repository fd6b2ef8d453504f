package org.entente.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The prediction fixtures scored against the seed gold, each with score.py's --detail output beside it. */
final class Fixtures {

  static final List<String> NAMES = List.of("perfect", "empty", "directions", "dates", "events", "quirks");

  private Fixtures() {}

  static Path gold() {
    return resource("seeds-gold.csv");
  }

  static Path predictions(String name) {
    return resource(name + ".csv");
  }

  static Path expected(String name) {
    return resource(name + ".expected");
  }

  static Path resource(String file) {
    try {
      return Path.of(Fixtures.class.getResource(file).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource missing: " + file, e);
    }
  }

  /** What score.py prints with --detail: every detail line, then the JSON line. */
  static String render(EvalReport report) {
    StringBuilder out = new StringBuilder();
    report.details().forEach(line -> out.append(line).append('\n'));
    return out.append(report.toJson()).append('\n').toString();
  }
}
