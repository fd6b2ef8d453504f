package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.entente.article.InputException;
import org.entente.brief.BriefException;
import org.entente.chart.ChartException;
import org.entente.table.TableException;
import picocli.CommandLine;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place that decides exit codes and how failures read. Users see one line, {@code entente: <message>},
 * never a stack trace: the messages of the input, dictionary, table and chart errors already name the file and
 * the problem.
 */
final class ExitCodes implements IExitCodeExceptionMapper {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;

  @Override
  public int getExitCode(Throwable t) {
    return t instanceof ParameterException ? USAGE : FAILURE;
  }

  int handleParameterException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("entente: " + oneLine(ex.getMessage()));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return getExitCode(ex);
  }

  int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    cmd.getErr().println("entente: " + message(ex));
    return getExitCode(ex);
  }

  /** What the user is told: the message of a known failure, or the kind of an unexpected one. */
  static String message(Throwable t) {
    if (t instanceof UncheckedIOException u) {
      // A message of its own names the file and line (JSONL reading); the default one is just the cause's.
      if (u.getMessage() != null && !u.getMessage().equals(String.valueOf(u.getCause()))) {
        return oneLine(u.getMessage());
      }
      t = u.getCause();
    }
    if (t instanceof InputException || t instanceof TableException
        || t instanceof ChartException || t instanceof CliException || t instanceof BriefException) {
      return oneLine(t.getMessage());
    }
    if (t instanceof NoSuchFileException e) return e.getFile() + ": no such file or folder";
    if (t instanceof AccessDeniedException e) return e.getFile() + ": permission denied";
    if (t instanceof NotDirectoryException e) return e.getFile() + ": not a folder";
    if (t instanceof FileAlreadyExistsException e) return e.getFile() + ": exists and is in the way";
    if (t instanceof IOException) return "I/O error: " + oneLine(String.valueOf(t.getMessage()));
    // A bug, not a user error: name it so that it can be reported.
    return "internal error: " + t.getClass().getName() + (t.getMessage() == null ? "" : ": " + oneLine(t.getMessage()));
  }

  static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
