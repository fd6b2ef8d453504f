package org.entente.eval;

import java.nio.file.Path;

/** Input the scorer cannot read as a gold or mentions file; the message is one line naming the file. */
public final class EvalException extends RuntimeException {

  public EvalException(Path file, String problem) {
    // A value quoted from the file may hold a line break; the message must stay one line.
    super((file + ": " + problem).replaceAll("[\\r\\n]+", " "));
  }
}
