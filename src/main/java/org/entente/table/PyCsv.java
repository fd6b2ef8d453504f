package org.entente.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records exactly as Python's csv.reader does with the default (excel) dialect on a
 * file opened with newline='': quoted fields may hold commas, doubled quotes and line breaks; a line end
 * is \n, \r\n or a lone \r; an empty line is an empty record; and, not being strict, it keeps what follows
 * a closing quote ("ab"c reads abc) and a quoted field left open at the end of the text.
 */
final class PyCsv {

  /** One record and the physical line (1-based) it starts on, for messages. */
  record Row(int line, List<String> fields) {
    Row {
      fields = List.copyOf(fields);
    }
  }

  private enum State { START_RECORD, START_FIELD, IN_FIELD, IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL }

  /** Marks the end of a physical line, as CPython's reader sees it after each line the file yields. */
  private static final int EOL = -1;

  private PyCsv() {}

  static List<Row> parse(String text) {
    return new Parser().run(text);
  }

  /** One pass's mutable state, confined to the call. */
  private static final class Parser {
    private final List<Row> rows = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private State state = State.START_RECORD;
    private int line = 1;
    private int recordLine = 1;

    List<Row> run(String text) {
      int n = text.length();
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (state == State.START_RECORD) {
          recordLine = line;
        }
        process(c);
        boolean lineEnds = c == '\n' || (c == '\r' && (i + 1 == n || text.charAt(i + 1) != '\n'));
        if (lineEnds) {
          process(EOL);
          line++;
        }
      }
      if (n > 0 && text.charAt(n - 1) != '\n' && text.charAt(n - 1) != '\r') {
        process(EOL);
      }
      if (field.length() > 0 || state == State.IN_QUOTED_FIELD) {
        fields.add(field.toString());
        emit();
      }
      return rows;
    }

    private void process(int c) {
      boolean lineBreak = c == '\n' || c == '\r' || c == EOL;
      switch (state) {
        case START_RECORD -> {
          if (c == EOL) {
            emit();
          } else if (c == '\n' || c == '\r') {
            state = State.EAT_CRNL;
          } else {
            state = State.START_FIELD;
            startField(c, lineBreak);
          }
        }
        case START_FIELD -> startField(c, lineBreak);
        case IN_FIELD -> {
          if (lineBreak) {
            endRecord(c);
          } else if (c == ',') {
            saveField();
            state = State.START_FIELD;
          } else {
            field.append((char) c);
          }
        }
        case IN_QUOTED_FIELD -> {
          if (c == '"') {
            state = State.QUOTE_IN_QUOTED_FIELD;
          } else if (c != EOL) {
            field.append((char) c);
          }
        }
        case QUOTE_IN_QUOTED_FIELD -> {
          if (c == '"') {
            field.append('"');
            state = State.IN_QUOTED_FIELD;
          } else if (c == ',') {
            saveField();
            state = State.START_FIELD;
          } else if (lineBreak) {
            endRecord(c);
          } else {
            field.append((char) c);
            state = State.IN_FIELD;
          }
        }
        case EAT_CRNL -> {
          if (c == EOL) {
            emit();
          }
        }
      }
    }

    private void startField(int c, boolean lineBreak) {
      if (lineBreak) {
        endRecord(c);
      } else if (c == '"') {
        state = State.IN_QUOTED_FIELD;
      } else if (c == ',') {
        saveField();
      } else {
        field.append((char) c);
        state = State.IN_FIELD;
      }
    }

    private void endRecord(int c) {
      saveField();
      if (c == EOL) {
        emit();
      } else {
        state = State.EAT_CRNL;
      }
    }

    private void saveField() {
      fields.add(field.toString());
      field.setLength(0);
    }

    private void emit() {
      rows.add(new Row(recordLine, fields));
      fields.clear();
      state = State.START_RECORD;
    }
  }
}
