package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.entente.article.InputException;
import org.entente.table.TableException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ExitCodesTest {
  private final ExitCodes codes = new ExitCodes();

  @Test
  void usageErrorsAreTwoEverythingElseOne() {
    CommandLine cl = new CommandLine(new EntenteCommand());
    assertThat(codes.getExitCode(new CommandLine.ParameterException(cl, "bad"))).isEqualTo(2);
    assertThat(codes.getExitCode(new CommandLine.UnmatchedArgumentException(cl, "x"))).isEqualTo(2);
    assertThat(codes.getExitCode(new InputException("in: no such file or folder"))).isEqualTo(1);
    assertThat(codes.getExitCode(new IllegalStateException())).isEqualTo(1);
  }

  @Test
  void messagesAreOneLineAndNameTheFile() {
    assertThat(ExitCodes.message(new TableException("data/events.csv: cannot write\n(disk full)")))
        .isEqualTo("data/events.csv: cannot write (disk full)");
    assertThat(ExitCodes.message(new UncheckedIOException(new NoSuchFileException("data/mentions.csv"))))
        .isEqualTo("data/mentions.csv: no such file or folder");
    assertThat(ExitCodes.message(new UncheckedIOException("in.jsonl line 3: Input length = 1",
        new java.nio.charset.MalformedInputException(1)))).isEqualTo("in.jsonl line 3: Input length = 1");
    assertThat(ExitCodes.message(new IOException("Stream closed"))).isEqualTo("I/O error: Stream closed");
    assertThat(ExitCodes.message(new NullPointerException()))
        .isEqualTo("internal error: java.lang.NullPointerException");
  }
}
