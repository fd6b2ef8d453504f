package org.entente.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters registered by hand: picocli finds the java.time and nio ones by reflection, and these say what was
 * expected in words a user understands.
 */
final class Converters {
  private Converters() {}

  static void register(CommandLine cl) {
    cl.registerConverter(Path.class, Converters::path);
    cl.registerConverter(LocalDate.class, Converters::date);
  }

  static Path path(String value) {
    if (value.isBlank()) throw new TypeConversionException("an empty path");
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + value + "' is not a valid path (" + e.getReason() + ")");
    }
  }

  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD, e.g. 2023-07-26)");
    }
  }
}
