package org.steward.engine.training;

/**
 * Weighted logistic regression over a few inputs (Platt scaling, the fusion of two scores), fitted by
 * Newton's method with a little L2 so a separable share cannot send the weights to infinity.
 * Deterministic.
 */
final class SmallLogistic {
  private SmallLogistic() {}

  /**
   * Returns weights {@code w} (one per column of {@code x}; add a column of ones for an intercept)
   * minimising the weighted log loss of {@code σ(w·x)} against {@code y} (0 or 1).
   */
  static double[] fit(double[][] x, int[] y, double[] weight, double l2) {
    int d = x[0].length;
    double[] w = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (int i = 0; i < x.length; i++) {
        double z = 0;
        for (int j = 0; j < d; j++) {
          z += w[j] * x[i][j];
        }
        double p = 1 / (1 + Math.exp(-z));
        double r = weight[i] * (p - y[i]);
        double s = weight[i] * Math.max(p * (1 - p), 1e-9);
        for (int j = 0; j < d; j++) {
          g[j] += r * x[i][j];
          for (int k = 0; k < d; k++) {
            h[j][k] += s * x[i][j] * x[i][k];
          }
        }
      }
      for (int j = 0; j < d; j++) {
        g[j] += l2 * w[j];
        h[j][j] += l2;
      }
      double[] step = solve(h, g);
      double max = 0;
      for (int j = 0; j < d; j++) {
        w[j] -= step[j];
        max = Math.max(max, Math.abs(step[j]));
      }
      if (max < 1e-9) {
        break;
      }
    }
    return w;
  }

  /** Solves {@code a·s = b} by Gaussian elimination with partial pivoting (a is small and positive definite). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int k = col; k <= n; k++) {
          m[r][k] -= f * m[col][k];
        }
      }
    }
    double[] s = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double v = m[i][n];
      for (int k = i + 1; k < n; k++) {
        v -= m[i][k] * s[k];
      }
      s[i] = v / m[i][i];
    }
    return s;
  }
}
