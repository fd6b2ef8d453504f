package org.entente.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/** Articles coded so far, as a bar on a terminal; nothing at all in pipes, logs and CI. */
interface Progress extends AutoCloseable {

  void step();

  @Override
  void close();

  Progress NONE = new Progress() {
    @Override
    public void step() {}

    @Override
    public void close() {}
  };

  /** A bar on {@code err} when stderr is a terminal and output is not quiet, else {@link #NONE}. */
  static Progress on(PrintWriter err, boolean quiet) {
    if (quiet || System.console() == null) return NONE;
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
      public void close() { bar.close(); }
    };
  }

  /** Draws through the command's error writer rather than System.err, like every other message. */
  final class WriterConsumer implements ProgressBarConsumer {
    private final PrintWriter err;

    WriterConsumer(PrintWriter err) { this.err = err; }

    @Override
    public int getMaxRenderedLength() { return 79; }

    @Override
    public void accept(String rendered) {
      err.print('\r');
      err.print(rendered);
      err.flush();
    }

    @Override
    public void close() {
      err.println();
      err.flush();
    }
  }
}
