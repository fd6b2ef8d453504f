package org.entente.update;

import java.util.Map;
import org.entente.coding.CodedArticle;
import org.entente.correction.Located;

/** One article as the coder's state keeps it: the coder's output, and where add rows' quotes were found in it. */
public record StoredArticle(CodedArticle coded, Map<String, Located> located) {

  public String id() { return coded.summary().articleId(); }
}
