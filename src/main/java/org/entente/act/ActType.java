package org.entente.act;

import java.util.Arrays;
import java.util.Optional;

/**
 * The closed vocabulary of DATASET.md: one constant per (category, subtype), with its direction rule and its
 * CAMEO, Goldstein (GDELT's CAMEO.goldsteinscale.txt) and PLOVER mapping.
 */
public enum ActType {
  COOPERATION_VISIT("cooperation", "visit", true, "042", 1.9, "CONSULT / visit"),
  COOPERATION_AGREEMENT("cooperation", "agreement", false, "057", 8.0, "SUPPORT"),
  COOPERATION_MILITARY("cooperation", "military", false, "062", 7.4, "COOPERATE / military"),
  COOPERATION_ECONOMIC("cooperation", "economic", false, "061", 6.4, "COOPERATE / economic"),
  COOPERATION_DIPLOMATIC("cooperation", "diplomatic", true, "054", 6.0, "SUPPORT"),
  EXPULSION_DIPLOMAT("expulsion", "diplomat", true, "161", -4.0, "SANCTION / expel"),
  EXPULSION_FORCES("expulsion", "forces", true, "166", -7.0, "SANCTION / expel"),
  EXPULSION_MISSION("expulsion", "mission", true, "166", -7.0, "SANCTION / expel"),
  WITHDRAWAL_FORCES("withdrawal", "forces", true, "166", -7.0, "SANCTION / withdraw"),
  WITHDRAWAL_ORGANIZATION("withdrawal", "organization", true, "160", -4.0, "SANCTION / withdraw"),
  WITHDRAWAL_AGREEMENT("withdrawal", "agreement", true, "160", -4.0, "SANCTION / withdraw"),
  WITHDRAWAL_RELATIONS("withdrawal", "relations", true, "161", -4.0, "SANCTION / withdraw"),
  ALLIANCE_FORMATION("alliance", "formation", false, "057", 8.0, "SUPPORT (military context)"),
  ALLIANCE_ACCESSION("alliance", "accession", true, "057", 8.0, "SUPPORT");

  private final String category;
  private final String subtype;
  private final boolean directed;
  private final String cameo;
  private final double goldstein;
  private final String plover;

  ActType(String category, String subtype, boolean directed, String cameo, double goldstein, String plover) {
    this.category = category;
    this.subtype = subtype;
    this.directed = directed;
    this.cameo = cameo;
    this.goldstein = goldstein;
    this.plover = plover;
  }

  public String category() { return category; }
  public String subtype() { return subtype; }
  public boolean directed() { return directed; }
  public String cameo() { return cameo; }
  public double goldstein() { return goldstein; }
  public String plover() { return plover; }

  /** "cooperation/visit" — the spelling used in the lexicon files. */
  public String label() { return category + "/" + subtype; }

  public static Optional<ActType> of(String category, String subtype) {
    return Arrays.stream(values())
        .filter(t -> t.category.equals(category) && t.subtype.equals(subtype))
        .findFirst();
  }

  public static Optional<ActType> ofLabel(String label) {
    int slash = label.indexOf('/');
    return slash < 0 ? Optional.empty() : of(label.substring(0, slash).trim(), label.substring(slash + 1).trim());
  }
}
