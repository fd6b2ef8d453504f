package org.entente.brief;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an article's address may become a link: only an absolute {@code http} or {@code https} address with a
 * host, that parses as a URI as it stands (no spaces, quotes or angle brackets). Anything else ({@code javascript:},
 * {@code data:}, a relative path, a broken address) is shown as text, never followed.
 */
final class WebLink {
  private WebLink() {}

  /** The address to link to, or empty when {@code raw} is not a web address. */
  static Optional<String> of(String raw) {
    if (raw == null) return Optional.empty();
    String s = raw.strip();
    if (s.isEmpty()) return Optional.empty();
    try {
      URI uri = new URI(s);
      String scheme = uri.getScheme();
      if (scheme == null || uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
        return Optional.empty();
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      if (!lower.equals("http") && !lower.equals("https")) return Optional.empty();
      return Optional.of(uri.toASCIIString());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
