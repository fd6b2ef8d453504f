package org.entente.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data}: the dataset folder that {@code code} writes and {@code chart} and {@code eval} read. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
      description = "Dataset folder (default: ${DEFAULT-VALUE}).")
  Path dataDir;
}
