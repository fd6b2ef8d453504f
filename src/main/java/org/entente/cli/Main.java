package org.entente.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import picocli.CommandLine;

/**
 * The {@code entente} command. {@link #main} is the only place that exits the JVM; {@link #run} does the work and
 * returns the exit code, so tests and other programs can call it with their own streams.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Before any AWT class loads: charts are drawn on servers and in CI, with no display.
    System.setProperty("java.awt.headless", "true");
    OptionalInt relaunched = QuickCompilation.relaunch(args);
    if (relaunched.isPresent()) System.exit(relaunched.getAsInt());
    QuickCompilation.install();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs {@code entente} with {@code args}; with no arguments, {@code entente run} with its defaults, so that the
   * tool does something useful when started bare.
   *
   * @return {@link ExitCodes#OK}, {@link ExitCodes#FAILURE} or {@link ExitCodes#USAGE}
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    String[] effective = args.length == 0 ? new String[] {"run"} : args;
    try {
      return commandLine(out, err).execute(effective);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The fully wired command line: converters, error handling and streams, in one place. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new EntenteCommand());
    Converters.register(cl);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    ExitCodes exitCodes = new ExitCodes();
    cl.setExitCodeExceptionMapper(exitCodes);
    cl.setParameterExceptionHandler(exitCodes::handleParameterException);
    cl.setExecutionExceptionHandler(exitCodes::handleExecutionException);
    return cl;
  }
}
