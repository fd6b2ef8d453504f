package org.entente.table;

import java.nio.file.Path;
import org.entente.event.Dataset;

/** STUB so that branch cli compiles before branch table is merged; replaced by the real class on merge. */
public final class DatasetWriter {
  public DatasetWriter(WriteOptions options) {}

  public void write(Dataset dataset, Path dataDir) {
    throw new TableException("the table writer is not merged yet");
  }
}
