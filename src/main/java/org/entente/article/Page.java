package org.entente.article;

import java.util.List;

/** What the cleaner found in an article: the body, a headline if the page had one, and datelines seen. */
public record Page(CleanText body, String title, List<Dateline> datelines) {}
