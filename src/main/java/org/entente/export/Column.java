package org.entente.export;

/**
 * One column of an exported table.
 *
 * @param type {@code string}, {@code integer}, {@code number}, {@code boolean} or {@code date} (Table Schema types)
 * @param articleText text copied from an article, which the dataset may have neutralised for spreadsheets
 */
public record Column(String name, String type, String description, boolean articleText) {}
