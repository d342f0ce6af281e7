package dev.assay.engine.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an answer into markdown blocks and sentences, keeping offsets into the original text. */
final class MarkdownParser {
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+");
  private static final Pattern BULLET = Pattern.compile("^([ \\t]*)([-*+\\u2022]|\\d{1,3}[.)])[ \\t]+");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
  private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_=])([ \\t]*\\1){2,}[ \\t]*$");
  private static final Pattern TABLE_SEPARATOR = Pattern.compile("^[ \\t]*\\|?[ \\t:|-]+\\|?[ \\t]*$");
  private static final Pattern SPEAKER =
      Pattern.compile(
          "^[#\\s*_]*(interviewer|interviewee|candidate|q|a|me)[*_\\s]*:",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(\\*\\*|__)[^*_]{1,120}(\\*\\*|__)\\s*:?\\s*$");
  private static final String[] ABBREVIATIONS = {
    "e.g.", "i.e.", "vs.", "etc.", "approx.", "cf.", "mr.", "dr.", "fig.", "no.", "incl.", "resp."
  };

  private final String text;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private Speaker speaker = Speaker.CANDIDATE;
  private boolean interviewerSeen;

  MarkdownParser(String text) {
    this.text = text;
  }

  TextModel parse() {
    List<int[]> lines = lines();
    int i = 0;
    while (i < lines.size()) {
      int ls = lines.get(i)[0];
      int le = lines.get(i)[1];
      String line = text.substring(ls, le);
      if (line.isBlank() || RULE.matcher(line).matches()) {
        i++;
        continue;
      }
      if (FENCE.matcher(line).find()) {
        int j = i + 1;
        while (j < lines.size() && !FENCE.matcher(text.substring(lines.get(j)[0], lines.get(j)[1])).find()) {
          j++;
        }
        int end = j < lines.size() ? lines.get(j)[1] : lines.get(lines.size() - 1)[1];
        add(BlockKind.CODE, ls, end, ls, 0);
        i = Math.min(j + 1, lines.size());
        continue;
      }
      Matcher atx = ATX.matcher(line);
      if (atx.find()) {
        add(BlockKind.HEADING, ls, le, ls + atx.end(), atx.group(1).length());
        i++;
        continue;
      }
      if (line.trim().startsWith("|")) {
        if (!TABLE_SEPARATOR.matcher(line).matches()) {
          add(BlockKind.TABLE_ROW, ls, le, ls, 0);
        }
        i++;
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      if (bullet.find()) {
        int j = i + 1;
        while (j < lines.size() && continues(lines.get(j))) {
          j++;
        }
        add(BlockKind.LIST_ITEM, ls, lines.get(j - 1)[1], ls + bullet.end(), bullet.group(1).length());
        i = j;
        continue;
      }
      if (BOLD_LINE.matcher(line).matches() || pseudoHeading(line)
          || (titleLine(line) && (i + 1 >= lines.size() || !continues(lines.get(i + 1))))) {
        add(BlockKind.HEADING, ls, le, ls, 7);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < lines.size() && continues(lines.get(j)) && !startsBlock(lines.get(j))) {
        j++;
      }
      add(BlockKind.PARAGRAPH, ls, lines.get(j - 1)[1], ls, 0);
      i = j;
    }
    return new TextModel(text, blocks, sentences, interviewerSeen);
  }

  static final int TITLE_MAX_WORDS = 4;
  static final int TITLE_MAX_CHARS = 40;

  /** A short line ending in a colon, alone on its line, reads as a heading over what follows. */
  private static boolean pseudoHeading(String line) {
    String t = line.trim();
    return t.endsWith(":") && t.length() <= 60 && !SPEAKER.matcher(t).find();
  }

  /**
   * A title written as a plain line ("Model", "Problem framing"): a few words starting with a
   * capital or a digit, no sentence punctuation and no list of items, alone on its line (the caller checks that no text
   * runs on below it).
   */
  static boolean titleLine(String line) {
    String t = line.trim();
    if (t.isEmpty() || t.length() > TITLE_MAX_CHARS || SPEAKER.matcher(t).find()) {
      return false;
    }
    char first = t.charAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '.' || last == '!' || last == '?' || t.indexOf(',') >= 0 || t.indexOf(';') >= 0) {
      return false;
    }
    return t.split("\\s+").length <= TITLE_MAX_WORDS;
  }

  private boolean continues(int[] line) {
    String l = text.substring(line[0], line[1]);
    return !l.isBlank() && !startsBlock(line);
  }

  private boolean startsBlock(int[] line) {
    String l = text.substring(line[0], line[1]);
    return ATX.matcher(l).find()
        || BULLET.matcher(l).find()
        || FENCE.matcher(l).find()
        || l.trim().startsWith("|")
        || RULE.matcher(l).matches()
        || SPEAKER.matcher(l).find();
  }

  private List<int[]> lines() {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int k = 0; k < n; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        out.add(new int[] {start, k});
        if (c == '\r' && k + 1 < n && text.charAt(k + 1) == '\n') {
          k++;
        }
        start = k + 1;
      }
    }
    if (start < n) {
      out.add(new int[] {start, n});
    }
    return out;
  }

  private void add(BlockKind kind, int start, int end, int contentStart, int level) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    contentStart = Math.max(contentStart, start);
    Matcher sp = SPEAKER.matcher(text.substring(start, end));
    if (sp.find()) {
      String who = sp.group(1).toLowerCase(Locale.ROOT);
      boolean interviewer = who.equals("interviewer") || who.equals("q");
      speaker = interviewer ? Speaker.INTERVIEWER : Speaker.CANDIDATE;
      interviewerSeen |= interviewer;
      contentStart = Math.max(contentStart, start + sp.end());
    }
    while (contentStart < end && Character.isWhitespace(text.charAt(contentStart))) {
      contentStart++;
    }
    int index = blocks.size();
    blocks.add(new Block(index, kind, start, end, contentStart, level, speaker));
    if (kind == BlockKind.HEADING || kind == BlockKind.TABLE_ROW || kind == BlockKind.CODE) {
      addSentence(contentStart, end, index);
    } else {
      splitSentences(contentStart, end, index);
    }
  }

  private void splitSentences(int from, int to, int block) {
    if (from >= to) {
      return;
    }
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(text.substring(from, to));
    int s = it.first();
    int pendingStart = -1;
    for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
      int a = pendingStart >= 0 ? pendingStart : from + s;
      int b = from + e;
      String piece = text.substring(from + s, b).trim().toLowerCase(Locale.ROOT);
      if (e < to - from && endsWithAbbreviation(piece)) {
        pendingStart = a;
        continue;
      }
      pendingStart = -1;
      addSentence(a, b, block);
    }
    if (pendingStart >= 0) {
      addSentence(pendingStart, to, block);
    }
  }

  private static boolean endsWithAbbreviation(String piece) {
    for (String abbreviation : ABBREVIATIONS) {
      if (piece.endsWith(abbreviation)) {
        int before = piece.length() - abbreviation.length() - 1;
        if (before < 0 || !Character.isLetter(piece.charAt(before))) {
          return true;
        }
      }
    }
    return false;
  }

  private void addSentence(int start, int end, int block) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start < end) {
      sentences.add(new Sentence(sentences.size(), start, end, block));
    }
  }
}
