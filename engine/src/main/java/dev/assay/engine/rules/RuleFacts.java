package dev.assay.engine.rules;

import dev.assay.engine.concept.Mention;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Puts an answer's facts into a session of one rule base: those a pattern of the rule base can
 * match, and for each mention its {@link MentionTag} facts.
 *
 * <p>What the rule base can match is read from its network when it is loaded. A fact reaches a
 * rule only through the nodes under its type's node; when every one of those first nodes tests a
 * field against a string literal ({@code Mention(concept == "metric.accuracy", ...)}), a fact that
 * passes none of them can never match, and is not inserted (each insertion costs a fact handle and
 * a propagation even when no node takes the fact). A type with any other first node (a constraint
 * that is not such a literal, a join straight on the type) gets every fact.
 *
 * <p>A mention's tag facts are one per tag, then one per group of tags the rule base names: a
 * group is written as the tags joined by {@code |}, {@code MentionTag(tag == "architecture|
 * simple-model", credited)}, and matches each mention with either tag once, as {@code
 * Mention(credited, hasTag("architecture") || hasTag("simple-model"))} did. The groups are read
 * from every {@code tag == "...|..."} literal of a {@code MentionTag} pattern. When every {@code
 * MentionTag} pattern starts with a {@code tag == "..."} literal, as the built-in rules' do, only
 * the tags and groups some pattern names are inserted.
 */
public final class RuleFacts {
  /** How many distinct tag sets to remember the tag facts of (a lexicon has a few hundred). */
  private static final int MAX_CACHED = 10_000;

  /** A string no tag is: what the tag field of a probe holds. */
  private static final String PROBE = "\u0000probe";

  private final Map<ObjectType, ObjectTypeNode> nodes;
  private final Map<Class<?>, Filter> filters = new ConcurrentHashMap<>();
  private final Filter tagFilter;
  private final List<Group> groups;
  private final Map<Set<String>, String[]> keys = new ConcurrentHashMap<>();

  private record Group(String name, String[] tags) {}

  /**
   * Which facts of one class a rule base can match.
   *
   * @param none whether no pattern is on the class at all
   * @param all whether any fact may match
   * @param literals otherwise, the string literals a field must equal, by the field's reader
   */
  private record Filter(boolean none, boolean all, Map<ReadAccessor, Set<String>> literals) {
    static final Filter NONE = new Filter(true, false, Map.of());
    static final Filter ALL = new Filter(false, true, Map.of());

    boolean accepts(Object fact) {
      if (all) {
        return true;
      }
      for (Map.Entry<ReadAccessor, Set<String>> e : literals.entrySet()) {
        if (e.getKey().getValue(fact) instanceof String s && e.getValue().contains(s)) {
          return true;
        }
      }
      return false;
    }
  }

  private RuleFacts(KieBase kieBase) {
    this.nodes = ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes(EntryPointId.DEFAULT);
    Set<String> names = new LinkedHashSet<>();
    for (ObjectTypeNode otn : nodes.values()) {
      if (otn.getObjectType().isAssignableFrom(MentionTag.class)) {
        collectGroups(otn, names);
      }
    }
    List<Group> g = new ArrayList<>();
    for (String name : names) {
      g.add(new Group(name, name.split("\\|")));
    }
    this.groups = List.copyOf(g);
    this.tagFilter = tagFilter(filter(MentionTag.class));
  }

  /** Reads what the rule base can match from its network. */
  public static RuleFacts of(KieBase kieBase) {
    return new RuleFacts(kieBase);
  }

  /** The groups of tags the rule base names, e.g. {@code architecture|simple-model}. */
  public List<String> groups() {
    return groups.stream().map(Group::name).toList();
  }

  /**
   * Inserts the facts a pattern can match, in order, each mention followed by its tag facts (which
   * carry the statement of the mention's sentence, see {@link MentionTag}).
   */
  public void insertAll(KieSession session, Collection<?> facts) {
    Statement[] statements = tagFilter.none() ? NO_STATEMENTS : statementsBySentence(facts);
    for (Object fact : facts) {
      if (filterOf(fact.getClass()).accepts(fact)) {
        session.insert(fact);
      }
      if (fact instanceof Mention m && !tagFilter.none()) {
        Statement s = statementOf(statements, m.sentence());
        for (String key : keysOf(m.tags())) {
          session.insert(new MentionTag(key, m, s));
        }
      }
    }
  }

  private static final Statement[] NO_STATEMENTS = new Statement[0];

  /**
   * The statements among the facts by sentence index; a sentence with none, or (never from the
   * engine) with more than one, has null.
   */
  public static Statement[] statementsBySentence(Collection<?> facts) {
    int max = -1;
    for (Object fact : facts) {
      if (fact instanceof Statement s) {
        max = Math.max(max, s.index());
      }
    }
    if (max < 0) {
      return NO_STATEMENTS;
    }
    Statement[] out = new Statement[max + 1];
    boolean[] twice = new boolean[max + 1];
    for (Object fact : facts) {
      if (fact instanceof Statement s && s.index() >= 0) {
        twice[s.index()] |= out[s.index()] != null;
        out[s.index()] = s;
      }
    }
    for (int i = 0; i <= max; i++) {
      if (twice[i]) {
        out[i] = null;
      }
    }
    return out;
  }

  /** The statement of a sentence, or null. */
  public static Statement statementOf(Statement[] bySentence, int sentence) {
    return sentence >= 0 && sentence < bySentence.length ? bySentence[sentence] : null;
  }

  /** The tag facts of a mention, as {@link #insertAll} inserts them, knowing no statement. */
  public List<MentionTag> tagsOf(Mention m) {
    return tagsOf(m, null);
  }

  /** The tag facts of a mention whose sentence is the statement given (or null), as {@link #insertAll} inserts them. */
  public List<MentionTag> tagsOf(Mention m, Statement statement) {
    List<MentionTag> out = new ArrayList<>();
    if (!tagFilter.none()) {
      for (String key : keysOf(m.tags())) {
        out.add(new MentionTag(key, m, statement));
      }
    }
    return out;
  }

  /** Whether a pattern of the rule base can match the fact (a mention's tag facts aside). */
  public boolean inserts(Object fact) {
    return filterOf(fact.getClass()).accepts(fact);
  }

  private Filter filterOf(Class<?> type) {
    Filter f = filters.get(type);
    if (f == null) {
      f = filter(type);
      filters.put(type, f);
    }
    return f;
  }

  private Filter filter(Class<?> type) {
    boolean any = false;
    Map<ReadAccessor, Set<String>> literals = new HashMap<>();
    for (ObjectTypeNode otn : nodes.values()) {
      if (!otn.getObjectType().isAssignableFrom(type)) {
        continue;
      }
      any = true;
      for (ObjectSink sink : otn.getObjectSinkPropagator().getSinks()) {
        String literal = sink instanceof AlphaNode a ? literalOf(a.getConstraint()) : null;
        if (literal == null) {
          return Filter.ALL;
        }
        ReadAccessor reader = ((IndexableConstraint) ((AlphaNode) sink).getConstraint()).getFieldExtractor();
        literals.computeIfAbsent(reader, k -> new HashSet<>()).add(literal);
      }
    }
    if (!any) {
      return Filter.NONE;
    }
    Map<ReadAccessor, Set<String>> frozen = new HashMap<>();
    literals.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new Filter(false, false, Map.copyOf(frozen));
  }

  /** The string literal a constraint compares a field with for equality, or null. */
  private static String literalOf(AlphaNodeFieldConstraint c) {
    if (c instanceof IndexableConstraint ic
        && ic.getConstraintType() == ConstraintTypeOperator.EQUAL
        && ic.getFieldExtractor() != null
        && ic.getField() != null
        && ic.getField().getValue() instanceof String s) {
      return s;
    }
    return null;
  }

  /**
   * The tag facts' filter when it reads the tag only: then the tags and groups it lets through can
   * be chosen once per tag set. Otherwise every tag and group goes in.
   */
  private static Filter tagFilter(Filter f) {
    if (f.none() || f.all()) {
      return f;
    }
    MentionTag probe = new MentionTag(PROBE, new Mention("", Set.of(), 0, 0, 0, 0, null, null, false, false));
    for (ReadAccessor r : f.literals().keySet()) {
      if (r.getValue(probe) != PROBE) {
        return Filter.ALL;
      }
    }
    return f;
  }

  private static void collectGroups(ObjectTypeNode otn, Set<String> names) {
    Deque<ObjectSink> todo = new ArrayDeque<>(Arrays.asList(otn.getObjectSinkPropagator().getSinks()));
    while (!todo.isEmpty()) {
      if (todo.pop() instanceof AlphaNode alpha) {
        String literal = literalOf(alpha.getConstraint());
        if (literal != null && literal.indexOf('|') >= 0) {
          names.add(literal);
        }
        todo.addAll(Arrays.asList(alpha.getObjectSinkPropagator().getSinks()));
      }
    }
  }

  private String[] keysOf(Set<String> tags) {
    String[] k = keys.get(tags);
    if (k == null) {
      List<String> all = new ArrayList<>();
      for (String t : tags) {
        if (wanted(t)) {
          all.add(t);
        }
      }
      for (Group g : groups) {
        for (String t : g.tags()) {
          if (tags.contains(t)) {
            if (wanted(g.name())) {
              all.add(g.name());
            }
            break;
          }
        }
      }
      k = all.toArray(String[]::new);
      if (keys.size() < MAX_CACHED) {
        keys.put(Set.copyOf(tags), k);
      }
    }
    return k;
  }

  private boolean wanted(String key) {
    if (tagFilter.all()) {
      return true;
    }
    for (Set<String> literals : tagFilter.literals().values()) {
      if (literals.contains(key)) {
        return true;
      }
    }
    return false;
  }
}
