package dev.assay.engine.score;

import dev.assay.spi.ScorerPlugin;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The plugin scorers on the class path, found with {@link ServiceLoader}. A plugin that cannot be
 * loaded (its class is missing, its constructor throws, its name is malformed or taken) is left out
 * and listed in {@link #broken()}; the others load.
 */
public final class ScorerRegistry {
  private static final String NAME = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

  private final Map<String, ScorerPlugin> plugins;
  private final List<String> broken;

  private ScorerRegistry(Map<String, ScorerPlugin> plugins, List<String> broken) {
    this.plugins = plugins;
    this.broken = List.copyOf(broken);
  }

  /** Every plugin the class loader's {@code META-INF/services/dev.assay.spi.ScorerPlugin} lists. */
  public static ScorerRegistry load(ClassLoader loader) {
    List<ScorerPlugin> found = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    Iterator<ScorerPlugin> it = ServiceLoader.load(ScorerPlugin.class, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
      } catch (ServiceConfigurationError | RuntimeException e) {
        broken.add(String.valueOf(e.getMessage()));
      }
    }
    return of(found, broken);
  }

  /** A registry of exactly these plugins (for tests and embedding). */
  public static ScorerRegistry of(List<ScorerPlugin> plugins) {
    return of(plugins, new ArrayList<>());
  }

  private static ScorerRegistry of(List<ScorerPlugin> plugins, List<String> broken) {
    Map<String, ScorerPlugin> byName = new TreeMap<>();
    for (ScorerPlugin p : plugins) {
      String name;
      try {
        name = p.name();
      } catch (RuntimeException e) {
        broken.add(p.getClass().getName() + ": name() failed: " + e);
        continue;
      }
      if (name == null || !name.matches(NAME)) {
        broken.add(p.getClass().getName() + ": malformed name '" + name + "' (lower case words joined by '-')");
      } else if (byName.containsKey(name)) {
        broken.add(p.getClass().getName() + ": name '" + name + "' is taken by " + byName.get(name).getClass().getName());
      } else {
        byName.put(name, p);
      }
    }
    return new ScorerRegistry(Map.copyOf(byName), broken);
  }

  public Optional<ScorerPlugin> find(String name) {
    return Optional.ofNullable(plugins.get(name));
  }

  /** The plugins' names, sorted. */
  public List<String> names() {
    return List.copyOf(new TreeMap<>(plugins).keySet());
  }

  public List<ScorerPlugin> plugins() {
    return List.copyOf(new TreeMap<>(plugins).values());
  }

  /** Why each plugin that could not be loaded was left out. */
  public List<String> broken() {
    return broken;
  }
}
