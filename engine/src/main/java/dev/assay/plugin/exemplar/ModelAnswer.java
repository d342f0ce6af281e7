package dev.assay.plugin.exemplar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * An instructor's model answer cut into its points: each a sentence (or paragraph) with the
 * analysed terms that carry its content (stop words and one-letter tokens left out).
 */
record ModelAnswer(List<Point> points) {
  /** Points with fewer content terms than this (headings, "Data.") are not points. */
  static final int MIN_TERMS = 3;

  private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  /**
   * One point of a model answer.
   *
   * @param text the point as written
   * @param terms its distinct content terms, analysed like the answer
   */
  record Point(String text, Set<String> terms) {}

  /** How a model answer is cut. */
  enum Unit {
    SENTENCES,
    PARAGRAPHS
  }

  static ModelAnswer parse(String text, Unit unit, Analyzer analyzer) {
    List<Point> points = new ArrayList<>();
    for (String chunk : chunks(text, unit)) {
      String t = chunk.strip();
      Set<String> terms = terms(t, analyzer);
      if (terms.size() >= MIN_TERMS) {
        points.add(new Point(t, terms));
      }
    }
    return new ModelAnswer(List.copyOf(points));
  }

  /**
   * Paragraphs are separated by blank lines; sentences also end at a line break (list items);
   * markdown headings are left out.
   */
  static List<String> chunks(String text, Unit unit) {
    List<String> out = new ArrayList<>();
    // A markdown heading names a section and makes no point: it becomes a paragraph break.
    String body = text.replaceAll("(?m)^[ \\t]*#.*$", "");
    for (String paragraph : body.split("\\R\\s*\\R")) {
      if (paragraph.isBlank()) {
        continue;
      }
      if (unit == Unit.PARAGRAPHS) {
        out.add(paragraph);
        continue;
      }
      for (String line : paragraph.split("\\R")) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(line);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
          String s = line.substring(start, end);
          if (!s.isBlank()) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }

  /** The distinct analysed terms of a text, in order, without stop words and one-letter tokens. */
  static Set<String> terms(String text, Analyzer analyzer) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String surface = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
        if (term.length() > 1 && !STOP.contains(surface)) {
          out.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
