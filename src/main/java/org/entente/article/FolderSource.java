package org.entente.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A folder of UTF-8 {@code .txt} articles, read in file-name order so that runs are reproducible. */
public final class FolderSource implements ArticleSource {
  private final List<Path> files;
  private final Manifest manifest;
  private final Consumer<String> warn;

  private FolderSource(List<Path> files, Manifest manifest, Consumer<String> warn) {
    this.files = files;
    this.manifest = manifest;
    this.warn = warn;
  }

  static FolderSource open(Path dir, Consumer<String> warn) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new InputException(dir + ": cannot list the folder (" + e.getClass().getSimpleName() + ")", e);
    }
    if (files.isEmpty()) throw new InputException(dir + ": no .txt articles in the folder");
    return new FolderSource(files, Manifest.read(dir, warn), warn);
  }

  @Override
  public Iterator<InputArticle> iterator() {
    return files.stream().map(this::read).iterator();
  }

  private InputArticle read(Path file) {
    String name = file.getFileName().toString();
    byte[] bytes = null;
    String unreadable = null;
    try {
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      unreadable = "unreadable: permission denied";
    } catch (IOException e) {
      unreadable = "unreadable: " + e.getClass().getSimpleName();
    }
    InputArticle article = article(name, bytes, unreadable, manifest);
    if (!article.readable()) warn.accept(file + ": " + article.warnings().get(article.warnings().size() - 1) + "; skipped");
    return article;
  }

  /**
   * The article of the file {@code name} (ending {@code .txt}) with the content {@code bytes}, or, if it could not
   * be read ({@code bytes == null}), with {@code unreadable} as the reason: decoded strictly as UTF-8, with what the
   * manifest says of it. What the CLI reads from a folder, and the Spark job from a folder on a cluster.
   */
  public static InputArticle article(String name, byte[] bytes, String unreadable, Manifest manifest) {
    String id = name.substring(0, name.length() - ".txt".length());
    ManifestEntry entry = manifest.entry(name)
        .orElse(new ManifestEntry(name, null, "", "", "", List.of()));
    String text = null;
    List<String> warnings = entry.warnings();
    if (bytes == null) {
      warnings = append(warnings, unreadable);
    } else {
      try {
        text = decode(bytes);
      } catch (CharacterCodingException e) {
        warnings = append(warnings, "not UTF-8");
      }
    }
    return new InputArticle(id, name, text, entry.published(), entry.outlet(), entry.url(), "", warnings);
  }

  /**
   * Strict decoding: a file that is not UTF-8 is reported, never silently garbled. A byte-order mark is kept so
   * that offsets stay those of the file as Java reads it; the cleaner treats it as blank.
   */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static List<String> append(List<String> list, String item) {
    return Stream.concat(list.stream(), Stream.of(item)).toList();
  }
}
