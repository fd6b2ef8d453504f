package org.entente.coding;

import java.util.Set;

/** Closed word classes of English that the coder's heuristics lean on; kept together so they stay consistent. */
final class Words {
  private Words() {}

  static final Set<String> PREPOSITIONS = Set.of("in", "from", "to", "at", "with", "for", "against", "on", "into",
      "across", "over", "by", "between", "toward", "towards", "near", "inside", "within", "throughout", "among",
      "amid", "after", "before", "since", "during", "following", "via", "through", "than", "like", "about");
  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "both",
      "all", "two", "three", "four", "this", "these", "those", "that", "another", "other", "some", "several");
  static final Set<String> CONNECTORS = Set.of(",", "and", "or", "&", "as well as", "plus");
  /** Nouns inside a party's noun phrase: "Nigerien defence chief Salifou Modi", "his Russian counterpart". */
  static final Set<String> ROLE_NOUNS = Set.of("counterpart", "counterparts", "minister", "ministers", "president",
      "chief", "chiefs", "head", "leader", "leaders", "official", "officials", "delegation", "delegations",
      "authorities", "government", "governments", "army", "armies", "forces", "troops", "military", "militaries",
      "junta", "juntas", "regime", "regimes", "rulers", "deputy", "defence", "defense", "foreign", "prime",
      "general", "colonel", "colonel-general", "captain", "lieutenant", "major", "new", "high-ranking", "senior",
      "top", "ministry", "envoy", "ambassador", "diplomats", "diplomat", "representative", "representatives",
      "spokesman", "spokeswoman", "spokesperson", "commander", "commanders", "staff", "cabinet", "officers",
      "soldiers", "presidency", "state", "interim", "transitional", "ruling", "former", "team", "mission",
      "affairs", "secretary", "vice", "vice-president", "general's", "'s", "'", "side", "sides", "member",
      "members", "group", "parliament", "assembly", "council", "navy", "air", "force", "intelligence",
      "services", "service", "security", "media", "press", "company", "firm");
  /** Verbs that introduce what someone said; forms that are mostly nouns ("states", "reports") are left out. */
  static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "added", "adds", "stated",
      "reported", "noted", "claimed", "announced", "announces", "declared", "declares", "confirmed", "confirms",
      "indicated", "explained", "insisted", "argued", "according", "wrote", "tweeted");
  /** Verbs after which "would"/"will" states a decision rather than a guess. */
  static final Set<String> ANNOUNCING = Set.of("said", "says", "announced", "announces", "decided", "decides",
      "declared", "declares", "confirmed", "confirms", "ordered", "orders", "agreed", "agrees", "told", "stated",
      "pledged", "promised", "vowed", "informed", "notified", "indicated");
  static final Set<String> SUBORDINATORS = Set.of("while", "whereas", "because", "although", "though", "but",
      "when", "if", "unless", "once", "as", "so");
  static final Set<String> RELATIVES = Set.of("who", "which", "whom", "whose", "where");
  static final Set<String> ADVERBIAL_STARTS = Set.of("after", "following", "since", "before", "amid", "despite",
      "during", "in", "on", "at", "with", "from", "for", "under", "over", "by", "through", "until", "without",
      "according", "unlike", "like", "last", "just", "days", "weeks", "months", "earlier", "later");
}
