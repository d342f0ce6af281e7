package dev.assay.engine.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.engine.rules.Verdicts;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles a rule pack (a {@code pack.json} manifest and DRL files) into its own rule base with
 * Drools' KieFileSystem, collecting every problem with its file and line: malformed manifest
 * fields, DRL that does not compile, rule ids that are not SCREAMING_SNAKE, globals other than
 * {@code out}. A pack with any problem is refused whole ({@link RulePackException}).
 */
public final class RulePackCompiler {
  /** The most DRL files a pack may hold. */
  public static final int MAX_FILES = 64;

  /** The longest DRL file, in characters. */
  public static final int MAX_FILE_CHARS = 256 * 1024;

  static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\\.drl");
  private static final String ROOT = "src/main/resources/assay-pack/";
  private static final Pattern LINE_COLUMN = Pattern.compile("^\\s*(?:\\[ERR \\d+\\]\\s*)?Line (\\d+):(\\d+)\\s*");
  private static final AtomicLong BUILDS = new AtomicLong();

  private RulePackCompiler() {}

  /**
   * Loads the pack in a folder: its {@code pack.json} and every {@code *.drl} file beside it.
   *
   * @throws RulePackException when the folder is not a pack or the pack has problems
   */
  public static RulePack load(Path dir) {
    String origin = dir.toString();
    if (!Files.isDirectory(dir)) {
      throw new RulePackException(origin, List.of(PackProblem.of(null, Files.exists(dir) ? "not a folder" : "no such folder")));
    }
    List<PackProblem> problems = new ArrayList<>();
    String manifest = null;
    try {
      manifest = read(dir.resolve(PackManifest.FILE), problems);
    } catch (NoSuchFileException e) {
      problems.add(PackProblem.of(PackManifest.FILE, "missing: a pack's folder holds a pack.json manifest"));
    }
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList()) {
        if (files.size() >= MAX_FILES) {
          problems.add(PackProblem.of(null, "more than " + MAX_FILES + " DRL files"));
          break;
        }
        String text = read(p, problems);
        if (text != null) {
          files.put(p.getFileName().toString(), text);
        }
      }
    } catch (IOException e) {
      problems.add(PackProblem.of(null, "cannot list the folder: " + e.getMessage()));
    }
    if (manifest == null || !problems.isEmpty()) {
      problems.addAll(checkFiles(files));
      throw new RulePackException(origin, problems);
    }
    return compile(origin, PackManifest.read(manifest, problems), files, problems);
  }

  /**
   * Compiles a pack from its manifest's JSON text and its DRL files by name.
   *
   * @param origin where it came from, for messages
   * @throws RulePackException when the pack has problems
   */
  public static RulePack compile(String origin, String manifestJson, Map<String, String> files) {
    List<PackProblem> problems = new ArrayList<>();
    return compile(origin, PackManifest.read(manifestJson, problems), files, problems);
  }

  /** Compiles a pack from its manifest's JSON tree and its DRL files by name. */
  public static RulePack compile(String origin, JsonNode manifest, Map<String, String> files) {
    List<PackProblem> problems = new ArrayList<>();
    return compile(origin, PackManifest.read(manifest, problems), files, problems);
  }

  private static RulePack compile(String origin, PackManifest manifest, Map<String, String> files, List<PackProblem> problems) {
    List<PackProblem> fileProblems = checkFiles(files);
    problems.addAll(fileProblems);
    KieBase base = fileProblems.isEmpty() ? build(manifest == null ? "pack" : manifest.id(), new TreeMap<>(files), problems) : null;
    Set<String> ruleIds = new TreeSet<>();
    if (base != null) {
      checkRules(base, files, ruleIds, problems);
    }
    if (!problems.isEmpty() || manifest == null || base == null) {
      throw new RulePackException(origin, problems);
    }
    return new RulePack(manifest, base, ruleIds, files);
  }

  private static String read(Path p, List<PackProblem> problems) throws NoSuchFileException {
    String name = p.getFileName().toString();
    try {
      if (Files.size(p) > 4L * MAX_FILE_CHARS) {
        problems.add(PackProblem.of(name, "over the limit of " + MAX_FILE_CHARS + " characters"));
        return null;
      }
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)))
          .toString();
    } catch (NoSuchFileException e) {
      throw e;
    } catch (CharacterCodingException e) {
      problems.add(PackProblem.of(name, "not UTF-8 text"));
    } catch (IOException e) {
      problems.add(PackProblem.of(name, "cannot read: " + e.getMessage()));
    }
    return null;
  }

  private static List<PackProblem> checkFiles(Map<String, String> files) {
    List<PackProblem> out = new ArrayList<>();
    if (files.isEmpty()) {
      out.add(PackProblem.of(null, "no DRL files: a pack holds at least one *.drl file"));
    }
    if (files.size() > MAX_FILES) {
      out.add(PackProblem.of(null, files.size() + " DRL files, over the limit of " + MAX_FILES));
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      if (!FILE_NAME.matcher(f.getKey()).matches()) {
        out.add(PackProblem.of(f.getKey(), "a DRL file's name is letters, digits, '_', '.' and '-', ending in .drl"));
      }
      if (f.getValue() == null) {
        out.add(PackProblem.of(f.getKey(), "expected the file's DRL text"));
      } else if (f.getValue().length() > MAX_FILE_CHARS) {
        out.add(PackProblem.of(f.getKey(), f.getValue().length() + " characters, over the limit of " + MAX_FILE_CHARS));
      }
    }
    return out;
  }

  /** Builds the rule base, or returns null after adding Drools' errors to {@code problems}. */
  private static KieBase build(String id, Map<String, String> files, List<PackProblem> problems) {
    KieServices ks = KieServices.Factory.get();
    ReleaseId release = ks.newReleaseId("dev.assay.packs", id + "-" + BUILDS.incrementAndGet(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(release);
    files.forEach((name, text) -> kfs.write(ROOT + name, text));
    KieBuilder builder;
    synchronized (RulePackCompiler.class) {
      builder = ks.newKieBuilder(kfs).buildAll();
    }
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      Set<String> specific = new TreeSet<>();
      List<PackProblem> found = new ArrayList<>();
      for (Message m : errors) {
        PackProblem p = problem(m);
        if (p.line() > 0) {
          specific.add(p.file());
        }
        found.add(p);
      }
      // "Parser returned a null Package" only repeats that a file's syntax errors stopped it.
      found.stream().filter(p -> p.line() > 0 || !specific.contains(p.file())).distinct().forEach(problems::add);
      ks.getRepository().removeKieModule(release);
      return null;
    }
    try {
      return ks.newKieContainer(release).getKieBase();
    } catch (RuntimeException e) {
      problems.add(PackProblem.of(null, "the rules compiled but their rule base cannot be built: " + e.getMessage()));
      return null;
    } finally {
      ks.getRepository().removeKieModule(release);
    }
  }

  private static PackProblem problem(Message m) {
    String path = m.getPath() == null ? null : m.getPath();
    String file = path == null ? null : path.substring(path.lastIndexOf('/') + 1);
    String text = m.getText() == null ? "" : m.getText().strip();
    int line = m.getLine();
    int column = 0;
    Matcher lc = LINE_COLUMN.matcher(text);
    if (lc.find()) {
      line = Integer.parseInt(lc.group(1));
      column = Integer.parseInt(lc.group(2)) + 1;
      text = text.substring(lc.end());
    }
    text = text.replaceAll("\\s+", " ").strip();
    if (text.length() > 300) {
      text = text.substring(0, 300) + "\u2026";
    }
    return new PackProblem(file, Math.max(0, line), column, text);
  }

  private static void checkRules(KieBase base, Map<String, String> files, Set<String> ruleIds, List<PackProblem> problems) {
    int rules = 0;
    for (KiePackage p : base.getKiePackages()) {
      rules += p.getRules().size();
      for (Global g : p.getGlobalVariables()) {
        if (!g.getName().equals("out") || !g.getType().equals(Verdicts.class.getName())) {
          Located at = locate(files, Pattern.compile("\\bglobal\\s+[\\w.]+\\s+" + Pattern.quote(g.getName()) + "\\b"));
          problems.add(new PackProblem(at.file, at.line, 0, "global " + g.getType() + " " + g.getName()
              + ": a pack's rules get one global, 'global " + Verdicts.class.getName() + " out;'"));
        }
      }
      for (Rule r : p.getRules()) {
        Located at = locate(files, Pattern.compile("\\brule\\s+[\"']?" + Pattern.quote(r.getName()) + "[\"'\\s]"));
        if (!PackManifest.RULE_ID.matcher(r.getName()).matches()) {
          problems.add(new PackProblem(at.file, at.line, 0, "rule \"" + r.getName() + "\": a rule id is SCREAMING_SNAKE (A-Z, 0-9, _), e.g. PRIVACY_REGULATION_NAMED"));
        } else if (!ruleIds.add(r.getName())) {
          problems.add(new PackProblem(at.file, at.line, 0, "rule \"" + r.getName() + "\" is defined twice (in two packages)"));
        }
      }
    }
    if (rules == 0) {
      problems.add(PackProblem.of(null, "the DRL files define no rules"));
    }
    boolean declaresOut = base.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream()).anyMatch(g -> g.getName().equals("out"));
    if (!declaresOut && !ruleIds.isEmpty()) {
      problems.add(PackProblem.of(null, "no rule file declares 'global " + Verdicts.class.getName() + " out;': the rules could judge nothing"));
    }
  }

  private record Located(String file, int line) {}

  /** The first file and line where the pattern matches, or no line. */
  private static Located locate(Map<String, String> files, Pattern pattern) {
    for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
      Matcher m = pattern.matcher(f.getValue());
      if (m.find()) {
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
          if (f.getValue().charAt(i) == '\n') {
            line++;
          }
        }
        return new Located(f.getKey(), line);
      }
    }
    return new Located(null, 0);
  }
}
