package dev.assay.engine.quantity;

import static dev.assay.engine.quantity.Extracted.all;
import static dev.assay.engine.quantity.Extracted.describe;
import static dev.assay.engine.quantity.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NearMissTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1. Data\n2. Model\n3. Serving",
        "The policy changed in 2023 after the audit.",
        "Since 2019 users have complained.",
        "We pinned library v1.2.3 and Python 3.10.4.",
        "Report recall for the top-5 results.",
        "Show the top 10 items first.",
        "Use k=10 nearest neighbours.",
        "Measure precision@10 and recall@50.",
        "Step up to 3-D Secure when unsure.",
        "Watch p99 closely.",
        "The on-call rota is 24/7.",
        "With a 5x peak factor the fleet doubles.",
        "The teacher is a ViT-L/16 and the student a ResNet-50.",
        "We compared GPT-4 with BERT.",
        "Pretrain on ImageNet-21k first.",
        "The meeting is at 10:30 tomorrow.",
        "It costs $5M a year.",
        "See section 4 and figure 2.",
        "One model per region is enough.",
        "The embedding is a 64d vector.",
        "Call it 13x cheaper.",
        "",
        "   \n\t  ",
        "No numbers at all here.",
        "Stage 2 re-ranks.",
        "About 0.3 daily activity per user."
      })
  void findsNothingIn(String text) {
    List<Quantity> qs = all(text);
    assertTrue(qs.isEmpty(), () -> "unexpected " + describe(text, qs));
  }

  @Test
  void keepsTheModelSizeButNotTheUsersOfAParameterCount() {
    Quantity q = only("Serving a 7B-parameter model per request is costly.");
    assertEquals("parameters", q.measure());
  }

  @Test
  void readsAQuantityNextToAYearWithoutTakingTheYear() {
    Quantity q = only("In 2024 we hit 80M DAU.");
    assertEquals("dau", q.measure());
  }

  @Test
  void readsOnlyTheLatencyWhenAListNumberPrecedesIt() {
    Quantity q = only("2. Latency: p95 under 150 ms.");
    assertEquals(QuantityKind.LATENCY, q.kind());
    assertEquals("p95", q.percentile());
  }

  @Test
  void handlesNullInput() {
    assertTrue(new QuantityExtractor().extract(null).isEmpty());
  }
}
