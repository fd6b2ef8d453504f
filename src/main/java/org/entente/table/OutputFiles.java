package org.entente.table;

import java.nio.file.Path;
import java.util.Map;

/**
 * Files other than the dataset written the way the dataset is (an export and its sidecar): each to a hidden
 * temporary file first, then moved into place together, so that a failure leaves what was there before.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** Writes {@code files} (file name → bytes) into {@code dir}, created if missing. */
  public static void write(Path dir, Map<String, byte[]> files) {
    new StagedWrite(StagedWrite.RENAME).write(dir, files);
  }
}
