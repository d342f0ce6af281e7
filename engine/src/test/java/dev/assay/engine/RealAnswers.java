package dev.assay.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Real answers for equivalence tests: the corpus (set with -Dassay.corpus) and the docs' examples, where present. */
public final class RealAnswers {
  private RealAnswers() {}

  /** Every markdown file of those folders that exist, in name order. */
  public static List<String> all() {
    return markdownIn(List.of(System.getProperty("assay.corpus", "../../shared/corpus-real"), "../docs/examples"));
  }

  /** Every markdown file of the given folders that exist, folder by folder, each in name order. */
  public static List<String> markdownIn(List<String> dirs) {
    List<String> out = new ArrayList<>();
    for (String dir : dirs) {
      Path p = Path.of(dir);
      if (!Files.isDirectory(p)) {
        continue;
      }
      try (Stream<Path> files = Files.list(p)) {
        for (Path f : files.sorted().filter(f -> f.toString().endsWith(".md")).toList()) {
          out.add(Files.readString(f));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
