package org.entente.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Where articles come from: a folder of {@code .txt} files (with an optional manifest.csv) or a JSONL file with
 * one article per line. Articles are produced one at a time so that an archive never sits in memory.
 */
public interface ArticleSource extends Iterable<InputArticle> {

  /** Opens {@code input}, reporting recoverable problems (a bad manifest row, a bad JSONL line) to {@code warn}. */
  static ArticleSource open(Path input, Consumer<String> warn) {
    if (!Files.exists(input)) throw new InputException(input + ": no such file or folder");
    if (Files.isDirectory(input)) return FolderSource.open(input, warn);
    if (input.getFileName().toString().endsWith(".jsonl")) return new JsonlSource(input, warn);
    throw new InputException(input + ": not a folder of .txt articles or a .jsonl file");
  }

  @Override
  Iterator<InputArticle> iterator();
}
