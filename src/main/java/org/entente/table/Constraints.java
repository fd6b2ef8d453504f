package org.entente.table;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Table Schema field constraints. The writer checks them on every row before anything reaches the disk,
 * so datapackage.json never promises what the CSV does not keep.
 *
 * @param pattern an XML Schema regular expression (implicitly anchored, as Table Schema requires); the
 *     patterns used here are also valid Java regexes with the same meaning under {@link
 *     java.util.regex.Matcher#matches()}
 */
record Constraints(boolean required, boolean unique, List<String> enumValues, String pattern) {

  static final Constraints NONE = new Constraints(false, false, List.of(), null);

  Constraints {
    enumValues = List.copyOf(enumValues);
  }

  Constraints withRequired() {
    return new Constraints(true, unique, enumValues, pattern);
  }

  Constraints withUnique() {
    return new Constraints(required, true, enumValues, pattern);
  }

  Constraints withEnum(List<String> values) {
    return new Constraints(required, unique, values, pattern);
  }

  Constraints withPattern(String regex) {
    Pattern.compile(regex); // fail at class initialisation, not on the first row
    return new Constraints(required, unique, enumValues, Objects.requireNonNull(regex));
  }

  boolean isEmpty() {
    return !required && !unique && enumValues.isEmpty() && pattern == null;
  }
}
