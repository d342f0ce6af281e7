package dev.assay.engine.bench;

import dev.assay.engine.concept.Concept;
import dev.assay.engine.concept.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naive way to find the lexicon's concepts, kept as a reference point: one case-insensitive
 * regular expression per concept, an alternation of its words and phrases, run over the raw text.
 *
 * <p>It is deliberately simple, as a hand-written checklist would be: no stemming (a trailing
 * {@code *} becomes "any letters"), phrases allow any run of spaces and punctuation between their
 * words, proximity ({@code ~N}) is dropped, and nothing stops a phrase at a sentence end. It is
 * not used for grading; {@code assay bench} times it on the same answers as the engine.
 */
public final class RegexChecklist {
  private final List<Pattern> patterns;

  private RegexChecklist(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  /** One pattern per concept of the lexicon, built from the query text of its {@code q} lines. */
  public static RegexChecklist of(Lexicon lexicon) {
    List<Pattern> patterns = new ArrayList<>();
    for (Concept c : lexicon.concepts()) {
      List<String> alternatives = new ArrayList<>();
      for (String source : c.sources()) {
        alternatives.addAll(alternatives(source));
      }
      if (!alternatives.isEmpty()) {
        patterns.add(
            Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    }
    return new RegexChecklist(List.copyOf(patterns));
  }

  /** How many patterns there are (one per concept). */
  public int size() {
    return patterns.size();
  }

  /** Runs every pattern over the text and returns how many matches they found in all. */
  public int matches(String text) {
    int found = 0;
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        found++;
      }
    }
    return found;
  }

  /** The regular expressions for one query line: each quoted phrase or bare word is one. */
  static List<String> alternatives(String source) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      char ch = source.charAt(i);
      if (Character.isWhitespace(ch)) {
        i++;
      } else if (ch == '"') {
        int close = source.indexOf('"', i + 1);
        if (close < 0) {
          close = source.length();
        }
        String phrase = phrase(source.substring(i + 1, close));
        if (!phrase.isEmpty()) {
          out.add(phrase);
        }
        i = close + 1;
        while (i < source.length() && !Character.isWhitespace(source.charAt(i))) {
          i++; // a proximity suffix such as ~2
        }
      } else {
        int end = i;
        while (end < source.length() && !Character.isWhitespace(source.charAt(end))) {
          end++;
        }
        String word = source.substring(i, end);
        i = end;
        if (!word.equals("OR") && !word.equals("AND")) {
          String w = word(word);
          if (!w.isEmpty()) {
            out.add(w);
          }
        }
      }
    }
    return out;
  }

  private static String phrase(String words) {
    List<String> parts = new ArrayList<>();
    for (String w : words.split("[^\\p{L}\\p{N}'*]+")) {
      String r = word(w);
      if (!r.isEmpty()) {
        parts.add(r);
      }
    }
    return String.join("[^\\p{L}\\p{N}]+", parts);
  }

  private static String word(String raw) {
    String w = raw.replaceAll("~\\d*$", "");
    boolean prefix = w.endsWith("*");
    w = w.replaceAll("[^\\p{L}\\p{N}']", "");
    if (w.isEmpty()) {
      return "";
    }
    return Pattern.quote(w) + (prefix ? "\\p{L}*" : "");
  }
}
