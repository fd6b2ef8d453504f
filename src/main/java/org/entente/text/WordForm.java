package org.entente.text;

/** One reading of a word: its lemma and which inflection it is. */
public record WordForm(String lemma, Inflection inflection) {

  public enum Inflection {
    BASE, THIRD_PERSON, PAST, PARTICIPLE, PAST_OR_PARTICIPLE, GERUND, NOUN, PLURAL;

    public boolean isVerb() { return this != NOUN && this != PLURAL; }

    /** Can follow "be"/"get" to make a passive: "was received", "were expelled". */
    public boolean canBePassive() { return this == PARTICIPLE || this == PAST_OR_PARTICIPLE; }
  }
}
