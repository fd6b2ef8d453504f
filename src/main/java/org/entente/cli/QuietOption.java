package org.entente.cli;

import picocli.CommandLine.Option;

/** {@code --quiet}: no summary and no progress bar; warnings and errors still go to stderr. */
final class QuietOption {
  @Option(names = {"-q", "--quiet"}, description = "Print no summary and no progress bar.")
  boolean quiet;
}
