package dev.assay.engine.text;

import java.util.List;

/**
 * The answer as submitted, untouched, with its markdown blocks and sentences located by offset.
 *
 * <p>Nothing here copies or normalises the text: every block and sentence is a range into {@link
 * #text()}, so whatever is found later can be reported with exact offsets.
 */
public final class TextModel {
  private final String text;
  private final List<Block> blocks;
  private final List<Sentence> sentences;
  private final boolean transcript;
  /** The word count once counted; -1 before. */
  private int wordCount = -1;

  TextModel(String text, List<Block> blocks, List<Sentence> sentences, boolean transcript) {
    this.text = text;
    this.blocks = List.copyOf(blocks);
    this.sentences = List.copyOf(sentences);
    this.transcript = transcript;
  }

  /** Parses markdown or plain text into blocks and sentences. */
  public static TextModel parse(String text) {
    return new MarkdownParser(text).parse();
  }

  public String text() {
    return text;
  }

  public List<Block> blocks() {
    return blocks;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** Whether the answer reads as an interview transcript with speaker labels. */
  public boolean transcript() {
    return transcript;
  }

  public Block block(Sentence s) {
    return blocks.get(s.block());
  }

  public String text(Sentence s) {
    return text.substring(s.start(), s.end());
  }

  public String text(Block b) {
    return text.substring(b.start(), b.end());
  }

  /** The block's text after its marker: a heading's title, a list item's words. */
  public String content(Block b) {
    return text.substring(Math.min(b.contentStart(), b.end()), b.end());
  }

  /** The sentence containing the offset, or the nearest one before it; -1 when there is none. */
  public int sentenceIndexAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  /** Number of words in the answer, counting only the candidate's words in a transcript. */
  public int wordCount() {
    int counted = wordCount;
    if (counted < 0) {
      counted = countWords();
      wordCount = counted;
    }
    return counted;
  }

  private int countWords() {
    int words = 0;
    for (Block b : blocks) {
      if (b.speaker() == Speaker.INTERVIEWER) {
        continue;
      }
      boolean inWord = false;
      for (int i = b.contentStart(); i < b.end(); i++) {
        boolean letter = Character.isLetterOrDigit(text.charAt(i));
        if (letter && !inWord) {
          words++;
        }
        inWord = letter;
      }
    }
    return words;
  }
}
