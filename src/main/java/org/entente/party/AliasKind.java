package org.entente.party;

import java.util.Locale;

/**
 * How a text names a party; the coder treats some kinds differently (a capital can be a place, not an actor).
 * {@link #NONE} is a name that holds a party's alias but names no party ("Latin America"): it only keeps the
 * alias inside it from matching.
 */
public enum AliasKind {
  NAME, DEMONYM, CAPITAL, LEADER, OFFICIAL, MINISTRY, ARMY, MISSION, ARMED_GROUP, COMPANY, INSTITUTION, NONE;

  public static AliasKind of(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
