package org.entente.chart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/** Copies the hand-made fixture into a temp data folder and builds settings for it. */
final class ChartFixture {
  static final String VERSION = "0.1.0";

  private ChartFixture() {}

  static Path dataDir(Path tmp) throws IOException {
    Path data = tmp.resolve("data");
    Files.createDirectories(data);
    for (String name : new String[] {"events.csv", "articles.csv"}) {
      try (InputStream in = ChartFixture.class.getResourceAsStream(name)) {
        Files.copy(in, data.resolve(name));
      }
    }
    return data;
  }

  static ChartSettings settings(Path data, Path charts, String focus, Set<ChartFormat> formats, ChartSize size) {
    return new ChartSettings(data, charts, focus, formats, size, 300, (LocalDate) null, null, VERSION);
  }
}
