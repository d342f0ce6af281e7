package dev.assay.engine.segment;

import dev.assay.engine.concept.Hit;
import dev.assay.engine.model.Step;
import dev.assay.engine.text.Block;
import dev.assay.engine.text.BlockKind;
import dev.assay.engine.text.Sentence;
import dev.assay.engine.text.TextModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assigns every sentence of an answer to one of the seven steps: by the heading above it when that
 * heading names a step, otherwise by what the sentence talks about (the home steps of the concepts
 * it mentions), otherwise by continuity with the sentence before.
 *
 * <p>Under a heading that names a step, a whole block keeps that step. Under a heading that names
 * none, a block whose content points strongly elsewhere moves there. Without one, each sentence is judged on its own, so an answer written as a few long
 * paragraphs, or an interview transcript, still splits into steps.
 */
public final class Segmenter {
  private static final double HEADING_CONFIDENCE = 0.9;
  private static final double OVERRIDE_CONFIDENCE = 0.6;
  private static final double INHERITED_CONFIDENCE = 0.4;

  private final HeadingClassifier headings = new HeadingClassifier();

  /** The result: a step and confidence for each sentence and each block, and the merged segments. */
  public record Segmentation(List<Step> sentenceSteps, List<Step> blockSteps, List<Segment> segments) {
    public Step stepOfSentence(int sentence) {
      return sentenceSteps.get(sentence);
    }

    public Step stepOfBlock(int block) {
      return blockSteps.get(block);
    }
  }

  /** A heading's step in force for the blocks below it; inherited when the heading named no step. */
  private record Scope(int level, Step step, boolean named) {}

  public Segmentation segment(TextModel model, List<Hit> hits) {
    List<Sentence> sentences = model.sentences();
    List<Map<Step, Integer>> votes = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      votes.add(new EnumMap<>(Step.class));
    }
    for (Hit hit : hits) {
      Optional<Step> home = hit.concept().home();
      if (home.isPresent()) {
        votes.get(hit.sentence()).merge(home.get(), 1, Integer::sum);
      }
    }
    Step[] sentenceSteps = new Step[sentences.size()];
    double[] confidence = new double[sentences.size()];
    Step[] blockSteps = new Step[model.blocks().size()];
    Deque<Scope> scopes = new ArrayDeque<>();
    Step previous = Step.REQUIREMENTS;
    int next = 0;
    for (Block block : model.blocks()) {
      int first = next;
      while (next < sentences.size() && sentences.get(next).block() == block.index()) {
        next++;
      }
      Map<Step, Integer> blockVotes = new EnumMap<>(Step.class);
      for (int i = first; i < next; i++) {
        votes.get(i).forEach((k, v) -> blockVotes.merge(k, v, Integer::sum));
      }
      Step step;
      double conf;
      if (block.kind() == BlockKind.HEADING) {
        while (!scopes.isEmpty() && scopes.peek().level() >= block.level()) {
          scopes.pop();
        }
        Optional<Step> named = headings.classify(model.content(block));
        if (named.isPresent() || !scopes.isEmpty()) {
          step = named.isPresent() ? named.get() : scopes.peek().step();
          scopes.push(new Scope(block.level(), step, named.isPresent()));
          conf = HEADING_CONFIDENCE;
        } else {
          step = strongest(blockVotes, previous);
          conf = INHERITED_CONFIDENCE;
        }
        fill(sentenceSteps, confidence, first, next, step, conf);
      } else if (!scopes.isEmpty()) {
        step = scopes.peek().step();
        conf = HEADING_CONFIDENCE;
        Step content = strongest(blockVotes, null);
        if (!scopes.peek().named() && content != null && content != step && blockVotes.getOrDefault(step, 0) == 0 && blockVotes.get(content) >= 2) {
          step = content;
          conf = OVERRIDE_CONFIDENCE;
        }
        fill(sentenceSteps, confidence, first, next, step, conf);
      } else {
        for (int i = first; i < next; i++) {
          Step content = strongest(votes.get(i), null);
          sentenceSteps[i] = content == null ? previous : content;
          confidence[i] = content == null ? INHERITED_CONFIDENCE : share(votes.get(i), content);
          previous = sentenceSteps[i];
        }
        step = first < next ? sentenceSteps[first] : previous;
      }
      blockSteps[block.index()] = step;
      if (next > first) {
        previous = sentenceSteps[next - 1];
      }
    }
    return new Segmentation(List.of(sentenceSteps), List.of(blockSteps), merge(sentences, sentenceSteps, confidence));
  }

  private static void fill(Step[] steps, double[] conf, int from, int to, Step step, double c) {
    for (int i = from; i < to; i++) {
      steps[i] = step;
      conf[i] = c;
    }
  }

  private static Step strongest(Map<Step, Integer> votes, Step fallback) {
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

  private static List<Segment> merge(List<Sentence> sentences, Step[] steps, double[] conf) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    while (i < sentences.size()) {
      int j = i;
      double sum = 0;
      while (j < sentences.size() && steps[j] == steps[i]) {
        sum += conf[j];
        j++;
      }
      double c = Math.round(sum / (j - i) * 100) / 100.0;
      out.add(new Segment(steps[i], sentences.get(i).start(), sentences.get(j - 1).end(), c, conf[i] >= HEADING_CONFIDENCE));
      i = j;
    }
    return out;
  }
}
