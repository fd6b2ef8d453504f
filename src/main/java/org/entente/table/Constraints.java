package org.entente.table;

import java.util.List;

/**
 * Table Schema field constraints. The writer checks them on every row before anything reaches the disk, so
 * datapackage.json never promises what the CSV does not keep; the readers check them too, so a file that breaks
 * them fails where it is read, naming the cell.
 *
 * @param partyCode the value is a party code: its pattern comes from the party dictionary of the run (bundled
 *     plus {@code --dictionary}), so it is supplied when writing ({@link PartyCodes}), not fixed here
 */
record Constraints(boolean required, boolean unique, List<String> enumValues, boolean partyCode) {

  static final Constraints NONE = new Constraints(false, false, List.of(), false);

  Constraints {
    enumValues = List.copyOf(enumValues);
  }

  Constraints withRequired() {
    return new Constraints(true, unique, enumValues, partyCode);
  }

  Constraints withUnique() {
    return new Constraints(required, true, enumValues, partyCode);
  }

  Constraints withEnum(List<String> values) {
    return new Constraints(required, unique, values, partyCode);
  }

  Constraints withPartyCode() {
    return new Constraints(required, unique, enumValues, true);
  }

  boolean isEmpty() {
    return !required && !unique && enumValues.isEmpty() && !partyCode;
  }
}
