package dev.assay.spi;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;

/** What a scorer may use while it prepares: the engine's analysis and the rubric's own files. */
public interface PluginContext {
  /**
   * The analysis Assay applies to answers and lexicon queries (standard tokens, lower case, ASCII
   * folding, Porter stems, no stop words removed), so a scorer's terms compare with the answer's.
   */
  Analyzer analyzer();

  /**
   * Reads a text file named by the rubric, relative to the rubric file's folder.
   *
   * @throws IOException when there is no such file, it is not UTF-8 text or too large, it lies
   *     outside the rubric's folder, or the rubric did not come from a file (a rubric posted over
   *     HTTP reads no files)
   */
  String readFile(String relativePath) throws IOException;
}
