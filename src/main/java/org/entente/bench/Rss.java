package org.entente.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's resident memory as Linux counts it: the high-water mark ({@code VmHWM} in /proc/self/status), which
 * can be reset to the current size (writing 5 to /proc/self/clear_refs), so that one step's peak is measured alone.
 * Elsewhere, unknown (-1).
 */
final class Rss {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private Rss() {}

  static void resetPeak() {
    try {
      Files.writeString(CLEAR_REFS, "5");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // then the peak is the process's since it started: an upper bound
    }
  }

  /** Bytes, or -1 if unknown. */
  static long peak() {
    try {
      for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }
}
