package dev.assay.bench;

import dev.assay.engine.CueStages;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The cue stages timed by thread CPU time, not wall time, so that a busy machine does not blur
 * them: {@code java -cp bench/target/benchmarks.jar dev.assay.bench.CueCpu [rounds]}.
 */
public final class CueCpu {
  private CueCpu() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Answers answers = new Answers();
    CueStages stages = new CueStages();
    List<CueStages.Input> inputs = new ArrayList<>();
    for (int i = 0; i < answers.submissions.size(); i++) {
      inputs.add(CueStages.input(answers.assay, answers.submissions.get(i).answer(), answers.analyses.get(i)));
    }
    List<String> names = List.of("mentions", "statements", "voice", "otherSystem", "summary", "allCues");
    List<ToIntFunction<CueStages.Input>> fns =
        List.of(
            in -> stages.mentions(in).size(),
            in -> stages.statements(in).size(),
            in -> stages.voice(in)[0],
            in -> stages.otherSystem(in).isPresent() ? 1 : 0,
            in -> stages.summary(in).words(),
            stages::all);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int warm = 0; warm < Math.max(5, rounds / 2); warm++) {
      for (ToIntFunction<CueStages.Input> f : fns) {
        for (CueStages.Input in : inputs) {
          sink += f.applyAsInt(in);
        }
      }
    }
    for (int k = 0; k < names.size(); k++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int r = 0; r < rounds; r++) {
        for (CueStages.Input in : inputs) {
          sink += fns.get(k).applyAsInt(in);
        }
      }
      long cpu = mx.getCurrentThreadCpuTime() - t0;
      System.out.printf(Locale.ROOT, "%-12s %9.1f us CPU per answer%n", names.get(k), cpu / 1000.0 / rounds / inputs.size());
    }
    System.out.println("answers " + inputs.size() + " (sink " + sink + ")");
  }
}
