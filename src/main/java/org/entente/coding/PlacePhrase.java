package org.entente.coding;

import java.util.List;
import java.util.Set;
import org.entente.text.Token;
import org.entente.text.WordSet;

/**
 * The phrase that makes a gazetteer place a location: a locating preposition, then the words of the place's
 * noun phrase ("from the restive northern town of Ménaka", "out of Gao"). "Kano said", "Kano's governor" and
 * "the governor of Kano" name no location.
 */
final class PlacePhrase {
  /** The prepositions that make what follows a location: "in Gao", "from Cabo Delgado", "near Agadez". */
  static final Set<String> LOCATING = WordSet.of("in", "into", "to", "from", "at", "near", "outside", "around",
      "across", "inside", "within", "toward", "towards", "throughout", "left", "leave", "leaves", "leaving",
      "quit", "quits", "quitting");
  /** Nouns of a place's phrase: "the northern town of Gao", "the outskirts of Goma", "Cabo Delgado province". */
  static final Set<String> NOUNS = WordSet.of("town", "towns", "city", "cities", "region", "regions",
      "province", "provinces", "state", "district", "county", "prefecture", "department", "area", "areas",
      "village", "villages", "outskirts", "vicinity", "suburbs", "port", "capital", "oblast", "territory",
      "governorate", "municipality", "zone", "locality", "commune", "airport", "base", "airbase", "camp",
      "north", "south", "east", "west", "centre", "center", "heart", "parts", "part", "border");
  /** Words that may stand between the preposition and the place: "in the restive northern region of". */
  /** Nouns a city's name is set after between commas: "the Angolan capital, Luanda,". */
  static final Set<String> CITY_NOUNS = WordSet.of("capital", "city", "port", "town");

  static final Set<String> MODIFIERS = WordSet.of("the", "a", "an", "northern", "southern", "eastern",
      "western", "central", "north-eastern", "northeastern", "north-western", "northwestern", "south-eastern",
      "southeastern", "south-western", "southwestern", "far", "restive", "volatile", "remote", "troubled",
      "war-torn", "embattled", "besieged", "strategic", "key", "coastal", "regional", "desert", "mining",
      "oil-rich", "northernmost", "southernmost", "border", "garrison", "historic", "nearby", "neighbouring",
      "neighboring", "-", "of");

  private PlacePhrase() {}

  /**
   * The token of the locating preposition that governs the place starting at {@code from} across its phrase's
   * words ("in the northern town of"; "of" in "out of"), or -1.
   */
  static int preposition(List<Token> tokens, int from) {
    int k = from - 1;
    for (int steps = 0; k >= 0 && steps < 7; k--, steps++) {
      String w = tokens.get(k).norm();
      if (LOCATING.contains(w)) return w.equals("to") && k > 0 && tokens.get(k - 1).is("according") ? -1 : k;
      if (w.equals("of") && k > 0 && tokens.get(k - 1).is("out")) return k;
      if (w.equals("of") && !(k > 0 && NOUNS.contains(tokens.get(k - 1).norm()))) return -1;
      if (!MODIFIERS.contains(w) && !NOUNS.contains(w)) return -1;
    }
    return -1;
  }
}
