package org.entente.cli;

/** A problem with the command's paths found before any work starts (exit code 1); one line for the user. */
final class CliException extends RuntimeException {
  CliException(String message) { super(message); }
}
