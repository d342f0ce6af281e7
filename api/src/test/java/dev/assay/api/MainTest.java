package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line registers only the subcommand a run names, and every one when it names none. */
class MainTest {
  private static Set<String> all() {
    return Set.copyOf(Main.SUBCOMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).toList());
  }

  @Test
  void aRunNamingASubcommandRegistersThatOneOnly() {
    assertEquals(Set.of("grade"), Main.commandLine("grade").getSubcommands().keySet());
    assertEquals(Set.of("keys"), Main.commandLine("keys").getSubcommands().keySet());
  }

  @Test
  void aRunNamingNoSubcommandRegistersThemAll() {
    for (String first : new String[] {null, "--help", "-V", "nonsense", "Grade"}) {
      assertEquals(all(), Main.commandLine(first).getSubcommands().keySet(), String.valueOf(first));
    }
    assertEquals(12, all().size());
  }

  @Test
  void usageListsEverySubcommand() {
    String usage = Main.commandLine(null).getUsageMessage(CommandLine.Help.Ansi.OFF);
    for (String name : all()) {
      if (!Main.commandLine(name).getSubcommands().get(name).getCommandSpec().usageMessage().hidden()) {
        assertTrue(usage.contains("  " + name + " "), name + " in " + usage);
      }
    }
  }
}
