package org.entente.coding;

/**
 * A stretch of a sentence, tokens [from, to), that the coder treats as one clause. Parties in an APPOSITION or
 * ATTRIBUTION never take part in an act; a trigger in a dependent segment with no subject of its own borrows the
 * main clause's.
 */
record Segment(int from, int to, Kind kind) {

  enum Kind {
    MAIN,
    /** "After the reception in Bamako," "In Niger," "Just days after the coup,". */
    FRONT,
    /** "who has also arrived in Moscow", ", which lies at the heart of …". */
    RELATIVE,
    /** ", the former ally of Niger,". */
    APPOSITION,
    /** ", Nigerien authorities said", "according to Bamako's finance minister". */
    ATTRIBUTION,
    /** ", setting up closer economic ties", ", with the two countries agreeing to …". */
    PARTICIPLE,
    /** "following talks in Moscow between …", "after relations soured with …", "since the coup". */
    ADVERBIAL,
    /** "while the Niamey authorities turn their backs on …", "as the African country moves closer …". */
    SUBORDINATE
  }

  boolean contains(int token) { return token >= from && token < to; }
}
