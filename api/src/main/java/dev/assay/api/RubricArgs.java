package dev.assay.api;

import dev.assay.engine.Assay;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.score.InvalidRubricException;
import dev.assay.engine.score.Rubric;
import dev.assay.engine.score.RubricValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Rubrics the command line names: a registered id, or a JSON file read through the validator. */
final class RubricArgs {
  /** Rubric files larger than this are refused. */
  static final long MAX_BYTES = 1024 * 1024;

  private RubricArgs() {}

  /** Whether the argument names a file rather than a rubric id. */
  static boolean isFile(String idOrFile) {
    if (idOrFile.endsWith(".json") || idOrFile.contains("/") || idOrFile.contains("\\")) {
      return true;
    }
    try {
      return Files.isRegularFile(Path.of(idOrFile));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /**
   * The rubric an option names: the engine's by id, or a file's, validated.
   *
   * @throws BadInputException naming the file and every problem, on one line
   */
  static Rubric resolve(Assay assay, String idOrFile) {
    if (!isFile(idOrFile)) {
      try {
        return assay.rubric(idOrFile);
      } catch (InvalidSubmissionException e) {
        throw new BadInputException("--rubric: unknown rubric '" + idOrFile + "'; known: "
            + assay.rubrics().stream().map(Rubric::id).toList() + ", or give a rubric file");
      }
    }
    Path file = Path.of(idOrFile);
    try {
      return assay.validator().read(text(file), dev.assay.engine.score.RubricFiles.in(parent(file)));
    } catch (InvalidRubricException e) {
      throw new BadInputException(idOrFile + ": invalid rubric: " + oneLine(e.problems()));
    }
  }

  /** A rubric file's text, strictly UTF-8 and under the size limit. */
  static String text(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new BadInputException(file + ": is a directory, not a rubric file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new BadInputException(file + ": " + Files.size(file) + " bytes, over the rubric file limit of " + MAX_BYTES);
      }
      return Inputs.decode(file.toString(), Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + e.getMessage());
    }
  }

  static Path parent(Path file) {
    Path p = file.toAbsolutePath().getParent();
    return p == null ? Path.of("").toAbsolutePath() : p;
  }

  static String oneLine(List<RubricValidator.Problem> problems) {
    return problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
        + problems.stream().map(RubricValidator.Problem::toString).collect(Collectors.joining("; "));
  }
}
