package org.entente.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The figures score.py prints, and the MISS / DATE / FALSE lines it prints with --detail, in its order.
 * The ratios are held as score.py's round(x, 3) leaves them (the constructor rounds, which is idempotent);
 * a null ratio is score.py's None: nothing to measure.
 */
public record EvalReport(double precision, double recall, double f1, int predictions, int required,
                         int requiredFound, int stretchFound, int stretch, Double subtypeAcc, Double dateAcc,
                         int dated, Double dedupBcubedF1, List<String> details) {

  private static final JsonFactory JSON = new JsonFactory();

  public EvalReport {
    precision = round(precision);
    recall = round(recall);
    f1 = round(f1);
    subtypeAcc = subtypeAcc == null ? null : round(subtypeAcc);
    dateAcc = dateAcc == null ? null : round(dateAcc);
    dedupBcubedF1 = dedupBcubedF1 == null ? null : round(dedupBcubedF1);
    details = List.copyOf(details);
  }

  private static double round(double x) {
    return Py.round3(x).doubleValue();
  }

  /** Exactly the JSON line score.py prints: json.dumps of its dict, with its key order and ", " / ": ". */
  public String toJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(new PythonSeparators());
      g.writeStartObject();
      ratio(g, "precision", precision);
      ratio(g, "recall", recall);
      ratio(g, "f1", f1);
      g.writeNumberField("predictions", predictions);
      g.writeNumberField("required", required);
      g.writeNumberField("required_found", requiredFound);
      g.writeStringField("stretch_found", stretchFound + "/" + stretch);
      ratio(g, "subtype_acc", subtypeAcc);
      ratio(g, "date_acc", dateAcc);
      g.writeNumberField("dated", dated);
      ratio(g, "dedup_bcubed_f1", dedupBcubedF1);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A float as Python's repr prints it ("1.0", not "1" or "1.000"), or null for None. */
  private static void ratio(JsonGenerator g, String name, Double value) throws IOException {
    g.writeFieldName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(Py.repr3(value));
    }
  }

  /** json.dumps's default separators: ", " between entries and ": " after a key, no other spacing. */
  private static final class PythonSeparators extends MinimalPrettyPrinter {
    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }
  }
}
