package dev.assay.api.http;

import java.util.List;

/**
 * Writes RFC 4180 CSV that spreadsheets cannot mistake for formulas: fields holding a comma, quote,
 * CR or LF are quoted with quotes doubled; records end in CRLF; a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or CR gets a leading single quote, so a candidate id like
 * {@code =HYPERLINK(...)} stays text (the OWASP advice on CSV injection).
 */
final class Csv {
  private Csv() {}

  static String write(List<List<String>> table) {
    StringBuilder b = new StringBuilder();
    for (List<String> row : table) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        b.append(field(row.get(i)));
      }
      b.append("\r\n");
    }
    return b.toString();
  }

  /** One cell, defused and quoted as needed. */
  static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
