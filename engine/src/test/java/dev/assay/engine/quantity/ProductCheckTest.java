package dev.assay.engine.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "600 stores x ~30,000 active SKUs = 1.8M store-SKU series.",
    "We have 2M users × 20 requests = 4M requests a day.",
    "That is 50M / 86,400 ≈ 58 per second.",
    "So 12 regions times 40 servers is about 4,800 servers.",
    "3k QPS * 25 candidates -> 7.5k scores per second."
  })
  void flagsAResultThatIsOffByAnOrderOfMagnitude(String text) {
    List<ScaleConflict> found = ProductCheck.conflicts(text);
    assertEquals(1, found.size(), text);
    ScaleConflict c = found.get(0);
    assertTrue(c.derivedFrom().start() < c.stated().start());
    assertTrue(c.stated().end() <= text.length());
    assertTrue(c.explanation().startsWith("the arithmetic gives"), c.explanation());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "600 stores x 30,000 SKUs = 18M series.",
    "2M users × 20 requests = 40M requests a day.",
    "50M / 86,400 ≈ 580 per second, so ~2k at peak.",
    "12 regions times 40 servers is about 500 servers.",
    "Peak is 3x the average = 1,700 QPS.",
    "A 1920 x 1080 frame.",
    "Train on 22/10 data.",
    "600 stores x 30,000 SKUs, 1.8M of them active.",
    "500 x 20 = 9,500 or so after dedup is about right.",
    "The ratio 1:10 = 10% positives.",
    "1B embeddings × 256 dims is ~1 TB in float32.",
    "500 candidates x ~200 features score in ~15 ms on one core.",
    "600 stores x 30,000 SKUs ~ 1.8M series, give or take.",
    "20 GPUs x 8 hours = $400 a run."
  })
  void leavesSoundOrIncompleteArithmeticAlone(String text) {
    assertEquals(List.of(), ProductCheck.conflicts(text), text);
  }
}
