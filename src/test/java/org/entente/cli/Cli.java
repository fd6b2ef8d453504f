package org.entente.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@link Main#run} as a user would, capturing what it prints. */
final class Cli {
  private Cli() {}

  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
