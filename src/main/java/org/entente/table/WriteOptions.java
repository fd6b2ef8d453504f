package org.entente.table;

/** STUB so that branch cli compiles before branch table is merged; replaced by the real record on merge. */
public record WriteOptions(boolean rawText) {}
