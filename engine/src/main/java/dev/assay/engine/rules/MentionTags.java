package dev.assay.engine.rules;

import dev.assay.engine.concept.Mention;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ObjectType;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Which {@link MentionTag} facts one rule base needs, and the inserting of them.
 *
 * <p>Besides one fact per tag of a mention, a rule base can ask for a group of tags, written as
 * the tags joined by {@code |}: {@code MentionTag(tag == "architecture|simple-model", credited)}
 * matches each mention that has either tag once, as {@code Mention(credited,
 * hasTag("architecture") || hasTag("simple-model"))} did. The groups are read from the rule base's
 * alpha network when the rule base is loaded (each {@code tag == "...|..."} literal of a {@code
 * MentionTag} pattern), and a mention gets a fact for each group it has a tag of. A rule base with
 * no {@code MentionTag} pattern gets no tag facts at all.
 */
public final class MentionTags {
  /** How many distinct tag sets to remember the facts' tags of (a lexicon has a few hundred). */
  private static final int MAX_CACHED = 10_000;

  private final boolean used;
  private final List<Group> groups;
  private final Map<Set<String>, String[]> keys = new ConcurrentHashMap<>();

  private record Group(String name, String[] tags) {}

  private MentionTags(boolean used, List<Group> groups) {
    this.used = used;
    this.groups = groups;
  }

  /** The tag facts the rule base's patterns can match. */
  public static MentionTags of(KieBase kieBase) {
    boolean used = false;
    Set<String> names = new LinkedHashSet<>();
    for (ObjectTypeNode otn : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
      ObjectType type = otn.getObjectType();
      if (!type.isAssignableFrom(MentionTag.class)) {
        continue;
      }
      used = true;
      Deque<ObjectSink> todo = new ArrayDeque<>(Arrays.asList(otn.getObjectSinkPropagator().getSinks()));
      while (!todo.isEmpty()) {
        if (todo.pop() instanceof AlphaNode alpha) {
          String group = groupOf(alpha.getConstraint());
          if (group != null) {
            names.add(group);
          }
          todo.addAll(Arrays.asList(alpha.getObjectSinkPropagator().getSinks()));
        }
      }
    }
    List<Group> groups = new ArrayList<>();
    for (String name : names) {
      groups.add(new Group(name, name.split("\\|")));
    }
    return new MentionTags(used, List.copyOf(groups));
  }

  private static String groupOf(AlphaNodeFieldConstraint c) {
    if (c instanceof IndexableConstraint ic
        && ic.getConstraintType() == ConstraintTypeOperator.EQUAL
        && ic.getField() != null
        && ic.getField().getValue() instanceof String s
        && s.indexOf('|') >= 0) {
      return s;
    }
    return null;
  }

  /** Whether the rule base has any {@code MentionTag} pattern. */
  public boolean used() {
    return used;
  }

  /** The groups the rule base names, e.g. {@code architecture|simple-model}. */
  public List<String> groups() {
    return groups.stream().map(Group::name).toList();
  }

  /**
   * Inserts a fact, and after a mention its tag facts: one per tag, then one per group it has a tag
   * of.
   */
  public void insert(KieSession session, Object fact) {
    session.insert(fact);
    if (used && fact instanceof Mention m) {
      for (String key : keysOf(m.tags())) {
        session.insert(new MentionTag(key, m));
      }
    }
  }

  /** The tag facts of a mention, as {@link #insert} inserts them. */
  public List<MentionTag> of(Mention m) {
    List<MentionTag> out = new ArrayList<>();
    for (String key : keysOf(m.tags())) {
      out.add(new MentionTag(key, m));
    }
    return out;
  }

  private String[] keysOf(Set<String> tags) {
    String[] k = keys.get(tags);
    if (k == null) {
      List<String> all = new ArrayList<>(tags);
      for (Group g : groups) {
        for (String t : g.tags()) {
          if (tags.contains(t)) {
            all.add(g.name());
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
}
