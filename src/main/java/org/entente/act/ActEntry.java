package org.entente.act;

import java.util.List;

/**
 * One row of acts.csv: a trigger pattern (head lemma first; {@code "*"} a wider gap) read as a verb or a noun,
 * the word classes its subject or object must contain, and what it codes. {@code negated}: the row codes an act
 * stated by denying another ("will not renew its agreement"), and is read only under a negation.
 */
public record ActEntry(List<String> pattern, boolean noun, String subjectClass, String objectClass, ActType type,
    Frame frame, boolean negated, String where) {

  public String head() { return pattern.get(0); }
}
