package org.entente.article;

import java.time.LocalDate;
import java.util.List;

/** One row of manifest.csv: what the collector knew about a file ({@code published} may be null). */
public record ManifestEntry(String file, LocalDate published, String outlet, String url, String language,
    List<String> warnings) {}
