package dev.assay.engine.segment;

import dev.assay.engine.concept.Hit;
import dev.assay.engine.model.Step;
import dev.assay.engine.text.Block;
import dev.assay.engine.text.BlockKind;
import dev.assay.engine.text.TextModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns every block of an answer to one of the seven steps: by the heading above it when that
 * heading names a step, otherwise by what the block talks about (the home steps of the concepts it
 * mentions), otherwise by continuity with the block before.
 */
public final class Segmenter {
  private static final double HEADING_CONFIDENCE = 0.9;
  private static final double INHERITED_CONFIDENCE = 0.4;

  private final HeadingClassifier headings = new HeadingClassifier();

  /** The result: a step and confidence for each block, and the merged segments. */
  public record Segmentation(List<Step> blockSteps, List<Double> blockConfidence, List<Segment> segments) {
    public Step stepOf(int block) {
      return blockSteps.get(block);
    }
  }

  private record Scope(int level, Step step) {}

  public Segmentation segment(TextModel model, List<Hit> hits) {
    List<Block> blocks = model.blocks();
    List<Map<Step, Integer>> votes = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      votes.add(new EnumMap<>(Step.class));
    }
    for (Hit hit : hits) {
      Optional<Step> home = hit.concept().home();
      if (home.isPresent()) {
        int block = model.sentences().get(hit.sentence()).block();
        votes.get(block).merge(home.get(), 1, Integer::sum);
      }
    }
    List<Step> steps = new ArrayList<>();
    List<Double> confidence = new ArrayList<>();
    Deque<Scope> scopes = new ArrayDeque<>();
    Step previous = Step.REQUIREMENTS;
    for (Block block : blocks) {
      Step step;
      double conf;
      if (block.kind() == BlockKind.HEADING) {
        while (!scopes.isEmpty() && scopes.peek().level() >= block.level()) {
          scopes.pop();
        }
        Optional<Step> named = headings.classify(model.content(block));
        if (named.isPresent()) {
          scopes.push(new Scope(block.level(), named.get()));
          step = named.get();
          conf = HEADING_CONFIDENCE;
        } else if (!scopes.isEmpty()) {
          scopes.push(new Scope(block.level(), scopes.peek().step()));
          step = scopes.peek().step();
          conf = HEADING_CONFIDENCE;
        } else {
          step = byContent(votes.get(block.index()), previous);
          conf = INHERITED_CONFIDENCE;
        }
      } else {
        Map<Step, Integer> v = votes.get(block.index());
        Step content = byContent(v, null);
        if (!scopes.isEmpty()) {
          step = scopes.peek().step();
          conf = HEADING_CONFIDENCE;
          if (content != null && content != step && v.getOrDefault(step, 0) == 0 && v.get(content) >= 2) {
            step = content;
            conf = 0.6;
          }
        } else if (content != null) {
          step = content;
          conf = share(v, content);
        } else {
          step = previous;
          conf = INHERITED_CONFIDENCE;
        }
      }
      steps.add(step);
      confidence.add(conf);
      previous = step;
    }
    return new Segmentation(List.copyOf(steps), List.copyOf(confidence), merge(blocks, steps, confidence));
  }

  private static Step byContent(Map<Step, Integer> votes, Step fallback) {
    Step best = fallback;
    int bestVotes = 0;
    for (Map.Entry<Step, Integer> e : votes.entrySet()) {
      if (e.getValue() > bestVotes) {
        best = e.getKey();
        bestVotes = e.getValue();
      }
    }
    return best;
  }

  private static double share(Map<Step, Integer> votes, Step step) {
    int total = 0;
    for (int v : votes.values()) {
      total += v;
    }
    double s = total == 0 ? 0 : votes.getOrDefault(step, 0) / (double) total;
    return Math.round((0.4 + 0.5 * s) * 100) / 100.0;
  }

  private static List<Segment> merge(List<Block> blocks, List<Step> steps, List<Double> conf) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      double sum = 0;
      while (j < blocks.size() && steps.get(j) == steps.get(i)) {
        sum += conf.get(j);
        j++;
      }
      boolean byHeading = blocks.get(i).kind() == BlockKind.HEADING;
      double c = Math.round(sum / (j - i) * 100) / 100.0;
      out.add(new Segment(steps.get(i), blocks.get(i).start(), blocks.get(j - 1).end(), c, byHeading));
      i = j;
    }
    return out;
  }
}
