package dev.assay.engine.concept;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The analysis chain shared by answers and lexicon queries: standard tokens, lower case, ASCII
 * folding, English possessives dropped, Porter stems.
 *
 * <p>No stop words are removed: "no", "not" and "at" matter to the phrases the lexicon uses.
 * "PR-AUC" becomes {@code pr auc} and "recall@k" {@code recal k}, so phrase queries cover the
 * spelling variants.
 */
public final class AnswerAnalyzer extends Analyzer {
  public static final String FIELD = "t";

  /**
   * Domain terms the stemmer would merge with everyday words ("transformer" with "transformed",
   * "ranker" with "rank"): they are kept whole, in the text and in queries alike.
   */
  static final CharArraySet PROTECTED =
      new CharArraySet(
          java.util.List.of(
              "transformer", "transformers", "ranker", "rankers", "encoder", "encoders", "hosts", "staged",
              "generalization", "generalisation", "embedding", "embeddings", "shadow", "stage", "stages",
              "batching", "crosses", "listings", "ratings", "likes", "routing", "rating",
              "explainability", "explainable", "interpretability", "interpretable", "logs", "losses",
              "probably", "precise", "precisely"),
          true);

  /**
   * Words whose Porter stem collides with another domain term, given a stem of their own that
   * still joins singular and plural: "objective" (Porter: "object", as in object detection) and
   * "position" (Porter: "posit", as in positive).
   */
  private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDES = overrides(
      "objective", "objective", "objectives", "objective",
      "position", "position", "positions", "position");

  private static StemmerOverrideFilter.StemmerOverrideMap overrides(String... wordThenStem) {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    for (int i = 0; i < wordThenStem.length; i += 2) {
      builder.add(wordThenStem[i], wordThenStem[i + 1]);
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The longest token the tokenizer emits whole; longer runs are cut. */
  static final int MAX_TOKEN_LENGTH = 64;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    source.setMaxTokenLength(MAX_TOKEN_LENGTH);
    return new TokenStreamComponents(source, filters(source));
  }

  /**
   * The filters after the tokenizer. Each works on one token at a time, from its characters alone,
   * so what they make of a token depends on nothing else in the text.
   */
  static TokenStream filters(TokenStream source) {
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new StemmerOverrideFilter(stream, OVERRIDES);
    stream = new SetKeywordMarkerFilter(stream, PROTECTED);
    return new PorterStemFilter(stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
