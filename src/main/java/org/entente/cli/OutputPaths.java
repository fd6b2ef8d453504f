package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the folders the commands write, made before any work starts. */
final class OutputPaths {
  private OutputPaths() {}

  /** A folder that exists or can be created: not a regular file, and not under one. */
  static void outputFolder(Path dir, String option) {
    for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        boolean self = p.equals(dir.toAbsolutePath().normalize());
        throw new CliException(dir + ": " + (self ? "not a folder but a file" : p + " is a file, not a folder")
            + " (" + option + ")");
      }
    }
  }
}
