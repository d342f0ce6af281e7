package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The server tells Jetty its cache-line hint, so that Jetty does not start the platform MBean server to work it out. */
class JettyCacheLineTest {
  @Test
  void theHintIsSetWhenUnsetAndAUsersValueIsKept() {
    String before = System.getProperty(AssayServer.REFERENCES_PER_CACHE_LINE);
    try {
      System.clearProperty(AssayServer.REFERENCES_PER_CACHE_LINE);
      AssayServer.skipJettyCacheLineProbe();
      assertEquals("16", System.getProperty(AssayServer.REFERENCES_PER_CACHE_LINE));
      System.setProperty(AssayServer.REFERENCES_PER_CACHE_LINE, "8");
      AssayServer.skipJettyCacheLineProbe();
      assertEquals("8", System.getProperty(AssayServer.REFERENCES_PER_CACHE_LINE));
    } finally {
      if (before == null) {
        System.clearProperty(AssayServer.REFERENCES_PER_CACHE_LINE);
      } else {
        System.setProperty(AssayServer.REFERENCES_PER_CACHE_LINE, before);
      }
    }
  }
}
