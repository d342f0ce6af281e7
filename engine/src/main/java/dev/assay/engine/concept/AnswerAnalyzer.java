package dev.assay.engine.concept;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

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

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    source.setMaxTokenLength(64);
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
