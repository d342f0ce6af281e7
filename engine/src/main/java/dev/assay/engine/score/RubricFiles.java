package dev.assay.engine.score;

import dev.assay.engine.concept.AnswerAnalyzer;
import dev.assay.spi.PluginContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * What plugin scorers may read while a rubric is prepared: files beside the rubric file, and
 * nothing when the rubric did not come from a file (posted over HTTP).
 */
public final class RubricFiles implements PluginContext {
  /** The largest file a rubric may name. */
  public static final long MAX_FILE_BYTES = 1024 * 1024;

  private static final Analyzer ANALYZER = new AnswerAnalyzer();

  private final Optional<Path> folder;

  private RubricFiles(Optional<Path> folder) {
    this.folder = folder;
  }

  /** Files relative to this folder (the rubric file's). */
  public static RubricFiles in(Path folder) {
    return new RubricFiles(Optional.of(folder.toAbsolutePath().normalize()));
  }

  /** No files at all. */
  public static RubricFiles none() {
    return new RubricFiles(Optional.empty());
  }

  @Override
  public Analyzer analyzer() {
    return ANALYZER;
  }

  @Override
  public String readFile(String relativePath) throws IOException {
    if (folder.isEmpty()) {
      throw new IOException("this rubric did not come from a file, so it cannot name files: give the text inline");
    }
    Path p;
    try {
      p = folder.get().resolve(relativePath).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new IOException("not a file path: " + e.getMessage());
    }
    if (!p.startsWith(folder.get())) {
      throw new IOException("'" + relativePath + "' lies outside the rubric's folder");
    }
    try {
      if (Files.size(p) > MAX_FILE_BYTES) {
        throw new IOException("'" + relativePath + "' is over the limit of " + MAX_FILE_BYTES + " bytes");
      }
      if (!Files.isRegularFile(p)) {
        throw new IOException("'" + relativePath + "' is not a file");
      }
      byte[] bytes = Files.readAllBytes(p);
      String s =
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (NoSuchFileException e) {
      throw new IOException("no such file '" + relativePath + "' (relative to " + folder.get() + ")");
    } catch (CharacterCodingException e) {
      throw new IOException("'" + relativePath + "' is not UTF-8 text");
    }
  }
}
