package org.entente.party;

import java.time.LocalDate;
import java.util.List;

/**
 * One way of naming a party, as a token sequence in normal form. {@code validFrom}/{@code validTo} bound the
 * office of a person (Bazoum speaks for Niger only until 2023-07-26); {@code null} means open.
 */
public record Alias(String written, List<String> tokens, String code, AliasKind kind, LocalDate validFrom,
    LocalDate validTo, boolean acronym) {

  public boolean validOn(LocalDate date) {
    if (date == null) return validTo == null;
    return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
  }
}
