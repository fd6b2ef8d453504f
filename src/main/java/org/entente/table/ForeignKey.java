package org.entente.table;

/** {@code field} of this table refers to {@code referencedField} of table {@code resource}. */
record ForeignKey(String field, String resource, String referencedField) {}
