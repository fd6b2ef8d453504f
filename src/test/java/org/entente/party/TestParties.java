package org.entente.party;

import java.util.List;
import org.entente.dictionary.Dictionaries;

/** The bundled party dictionary's parties, for tests that write a dataset without loading the coder. */
public final class TestParties {
  private static final List<Party> BUNDLED =
      PartyDictionary.load(Dictionaries.bundled(), text -> List.of(text.split("\\s+"))).parties();

  private TestParties() {}

  public static List<Party> bundled() {
    return BUNDLED;
  }
}
