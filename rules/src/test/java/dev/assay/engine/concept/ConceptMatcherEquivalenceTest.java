package dev.assay.engine.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.Assay;
import dev.assay.engine.text.TextModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The concept matcher finds exactly what asking Lucene every alternative of every concept over a
 * {@link org.apache.lucene.index.memory.MemoryIndex} of the answer finds (the reference {@link
 * ConceptMatcher#matchWithQueries}): same concepts, same offsets, same longest-match choices, on
 * the labelled answers, the real-answer corpus, the lexicon's examples, and seeded random text.
 *
 * <p>In the rules module, where the lexicon is, and in the matcher's package, to reach the reference.
 */
class ConceptMatcherEquivalenceTest {
  private static final Lexicon LEXICON = Assay.load().lexicon();
  private static final ConceptMatcher MATCHER = new ConceptMatcher(LEXICON);

  private static void assertSame(String name, String text) {
    TextModel model = TextModel.parse(text);
    assertEquals(MATCHER.matchWithQueries(model), MATCHER.match(model), name);
  }

  private static List<String> labelledAnswers() throws IOException {
    Path resources = Path.of("src/test/resources");
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(resources)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    Path corpus = Path.of(System.getProperty("assay.corpus", "../../shared/corpus-real"));
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> files = Files.list(corpus)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          out.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  @Test
  void findsWhatLuceneFindsInTheLabelledAndRealAnswers() throws IOException {
    List<String> answers = labelledAnswers();
    assertTrue(answers.size() > 30, "answers: " + answers.size());
    int hits = 0;
    for (int i = 0; i < answers.size(); i++) {
      assertSame("answer " + i, answers.get(i));
      hits += MATCHER.match(TextModel.parse(answers.get(i))).size();
    }
    assertTrue(hits > 1000, "hits: " + hits);
  }

  @Test
  void findsWhatLuceneFindsInTheLexiconsExamplesAndNearMisses() {
    for (Concept c : LEXICON.concepts()) {
      for (String phrase : c.examples()) {
        assertSame(c.id() + " ex: " + phrase, phrase);
      }
      for (String phrase : c.nearMisses()) {
        assertSame(c.id() + " nx: " + phrase, phrase);
      }
    }
  }

  @Test
  void findsWhatLuceneFindsInRandomCutsOfRealAnswers() throws IOException {
    List<String> answers = labelledAnswers();
    Random random = new Random(20251122L);
    for (int n = 0; n < 200; n++) {
      String a = answers.get(random.nextInt(answers.size()));
      int from = random.nextInt(a.length());
      int to = Math.min(a.length(), from + 1 + random.nextInt(3000));
      assertSame("cut " + n + " [" + from + ", " + to + ")", a.substring(from, to));
    }
  }

  /**
   * Text made of the lexicon's own words, often repeated and shuffled, with sentence ends, line
   * breaks, markdown, possessives and hyphens: where phrases, sloppy phrases with repeated words,
   * prefixes and overlapping alternatives meet sentence boundaries.
   */
  @Test
  void findsWhatLuceneFindsInSeededRandomText() {
    Set<String> vocabulary = new LinkedHashSet<>();
    for (Concept c : LEXICON.concepts()) {
      for (String source : c.sources()) {
        for (String w : source.replaceAll("[\"()*~0-9^]+|\\bOR\\b|\\bAND\\b", " ").split("\\s+")) {
          if (!w.isBlank()) {
            vocabulary.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    vocabulary.addAll(List.of("the", "a", "of", "to", "is", "at", "on", "50", "95", "0", "x", "model's", "users'", "e.g.", "vs."));
    List<String> words = List.copyOf(vocabulary);
    String[] separators = {" ", " ", " ", " ", " ", ", ", ". ", "! ", "\n", "\n\n", "\n- ", "\n## ", "-", " - ", ": ", " (", ") ", "'s ", " **", "** "};
    Random random = new Random(7L);
    for (int n = 0; n < 1200; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(n % 10 == 0 ? 400 : 40);
      // A small vocabulary per text makes repeated words and phrases likely.
      List<String> local = new ArrayList<>();
      int size = 2 + random.nextInt(12);
      for (int k = 0; k < size; k++) {
        local.add(words.get(random.nextInt(words.size())));
      }
      local.addAll(List.of("the", "at", "on"));
      for (int k = 0; k < length; k++) {
        String w = local.get(random.nextInt(local.size()));
        text.append(random.nextInt(8) == 0 ? w.toUpperCase(Locale.ROOT) : w);
        text.append(separators[random.nextInt(separators.length)]);
      }
      assertSame("random text " + n + ": " + text, text.toString());
    }
  }
}
