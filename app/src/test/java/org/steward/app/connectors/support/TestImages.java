package org.steward.app.connectors.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real PNG images, different for each seed, for upload tests. */
public final class TestImages {
  private TestImages() {}

  public static byte[] png(int seed) {
    BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color((seed * 73) & 0xff, (seed * 151) & 0xff, (seed * 199) & 0xff));
    g.fillRect(0, 0, 32, 24);
    g.setColor(Color.WHITE);
    g.drawLine(0, seed % 24, 31, (seed * 7) % 24);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
