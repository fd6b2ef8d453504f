package org.entente.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/** Articles coded so far, as a bar on a terminal; nothing at all in pipes, logs and CI. */
interface Progress extends AutoCloseable {

  void step();

  /** Prints a whole line (a warning) on stderr without mixing it into the bar. */
  void println(String line);

  @Override
  void close();

  /** No bar: lines go straight to {@code err}. */
  static Progress none(PrintWriter err) {
    return new Progress() {
      @Override
      public void step() {}

      @Override
      public void println(String line) { err.println(line); }

      @Override
      public void close() {}
    };
  }

  /** A bar on {@code err} when stderr is a terminal and output is not quiet, else {@link #none}. */
  static Progress on(PrintWriter err, boolean quiet) {
    if (quiet || System.console() == null) return none(err);
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("Coding")
        .setInitialMax(-1) // the source streams: the number of articles is not known in advance
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" articles", 1)
        .setConsumer(new WriterConsumer(err))
        .build();
    return new Progress() {
      @Override
      public void step() { bar.step(); }

      @Override
      public void println(String line) {
        // The bar is redrawn from its own thread: erase it, print the line, and let the next tick redraw it.
        synchronized (err) {
          err.print('\r');
          err.print(" ".repeat(WriterConsumer.WIDTH));
          err.print('\r');
          err.println(line);
          err.flush();
        }
      }

      @Override
      public void close() { bar.close(); }
    };
  }

  /** Draws through the command's error writer rather than System.err, like every other message. */
  final class WriterConsumer implements ProgressBarConsumer {
    private final PrintWriter err;

    WriterConsumer(PrintWriter err) { this.err = err; }

    static final int WIDTH = 79;

    @Override
    public int getMaxRenderedLength() { return WIDTH; }

    @Override
    public void accept(String rendered) {
      synchronized (err) {
        err.print('\r');
        err.print(rendered);
        err.flush();
      }
    }

    @Override
    public void close() {
      err.println();
      err.flush();
    }
  }
}
