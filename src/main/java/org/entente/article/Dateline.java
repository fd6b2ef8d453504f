package org.entente.article;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A publication date printed in the page ("Published on: April 12, 2023", "Dec 5, 2023 | News",
 * "Moscow, Jan 16 (AFP)"): a full date, or a month and day whose year the body has to tell.
 */
public record Dateline(LocalDate date, MonthDay monthDay, String text) {}
