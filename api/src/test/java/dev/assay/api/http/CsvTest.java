package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotesFieldsPerRfc4180() {
    assertEquals("plain", Csv.field("plain"));
    assertEquals("\"a,b\"", Csv.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
    assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
    assertEquals("", Csv.field(null));
    assertEquals("a,b\r\n1,\"x,y\"\r\n", Csv.write(List.of(List.of("a", "b"), List.of("1", "x,y"))));
  }

  @Test
  void defusesCellsASpreadsheetWouldTakeForFormulas() {
    assertEquals("'=1+2", Csv.field("=1+2"));
    assertEquals("'+1", Csv.field("+1"));
    assertEquals("'-1", Csv.field("-1"));
    assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
    assertEquals("'\tx", Csv.field("\tx"));
    assertEquals("\"'\rx\"", Csv.field("\rx"));
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", Csv.field("=HYPERLINK(\"http://x\",\"y\")"));
    assertEquals("a=b", Csv.field("a=b"));
  }
}
