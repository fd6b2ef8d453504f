package org.entente.table;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.entente.party.Party;

/**
 * The party codes a dataset may hold, as the run's party dictionary (bundled plus {@code --dictionary}) defines
 * them, and the pattern datapackage.json states for them: any ISO 3166-1 alpha-3 code, then every organisation,
 * and any state whose code has another form, in dictionary order. An organisation added with
 * {@code --dictionary} is therefore valid end to end.
 */
final class PartyCodes {

  /** What DATASET.md fixes for states; a dictionary cannot narrow it, as new states need no new release. */
  private static final String STATE = "[A-Z]{3}";

  private final String pattern;
  private final Pattern compiled;
  private final Map<String, Boolean> accepted = new ConcurrentHashMap<>();

  private PartyCodes(String pattern) {
    this.pattern = pattern;
    this.compiled = Pattern.compile(pattern);
  }

  static PartyCodes of(Collection<Party> parties) {
    Set<String> alternatives = new LinkedHashSet<>();
    alternatives.add(STATE);
    for (Party p : parties) {
      if (p.organisation() || !p.code().matches(STATE)) {
        alternatives.add(escape(p.code()));
      }
    }
    // Parenthesised so that the alternation stays anchored whether a consumer wraps it in ^...$ or relies on
    // XML Schema's implicit anchoring.
    return new PartyCodes("(" + String.join("|", alternatives) + ")");
  }

  /** An XML Schema regular expression, with the same meaning as a Java one under {@code matches()}. */
  String pattern() {
    return pattern;
  }

  boolean accepts(String code) {
    // a dataset names a few hundred parties in millions of cells: each is matched once
    return accepted.computeIfAbsent(code, c -> compiled.matcher(c).matches());
  }

  /** Codes are letters and digits; anything else is escaped in the syntax XML Schema and Java share. */
  private static String escape(String code) {
    StringBuilder out = new StringBuilder(code.length());
    for (char c : code.toCharArray()) {
      if ("\\.?*+()[]{}|^-$".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
