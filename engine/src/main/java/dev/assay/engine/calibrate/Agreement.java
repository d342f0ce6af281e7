package dev.assay.engine.calibrate;

/** Agreement statistics between two graders. */
public final class Agreement {
  private Agreement() {}

  /**
   * Quadratic weighted kappa of two ratings on the scale {@code min..max}: 1 for perfect agreement,
   * 0 for chance, negative for worse than chance.
   */
  public static double quadraticWeightedKappa(int[] a, int[] b, int min, int max) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("ratings differ in length");
    }
    int k = max - min + 1;
    int n = a.length;
    if (n == 0) {
      return 0;
    }
    double[][] observed = new double[k][k];
    double[] histA = new double[k];
    double[] histB = new double[k];
    for (int i = 0; i < n; i++) {
      int x = clamp(a[i], min, max) - min;
      int y = clamp(b[i], min, max) - min;
      observed[x][y]++;
      histA[x]++;
      histB[y]++;
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double w = (double) (i - j) * (i - j) / ((k - 1) * (k - 1));
        double expected = histA[i] * histB[j] / n;
        num += w * observed[i][j];
        den += w * expected;
      }
    }
    return den == 0 ? 1.0 : 1.0 - num / den;
  }

  private static int clamp(int v, int min, int max) {
    return Math.max(min, Math.min(max, v));
  }
}
