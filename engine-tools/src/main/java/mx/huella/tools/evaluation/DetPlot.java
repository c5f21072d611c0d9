package mx.huella.tools.evaluation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws DET curves (FNMR against FMR, both on normal-deviate axes, as in Martin et al., "The DET
 * curve in assessment of detection task performance", Eurospeech 1997) to a PNG. Rates of zero
 * cannot be shown on these axes and are drawn at the axis edge.
 */
final class DetPlot {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 560;
    private static final int MARGIN = 70;
    private static final double MIN_RATE = 1e-4;
    private static final double MAX_RATE = 0.5;
    private static final double[] TICKS = {1e-4, 1e-3, 1e-2, 0.05, 0.2, 0.5};
    private static final Color[] COLOURS = {
        new Color(0x23, 0x5b, 0x4e), new Color(0x9f, 0x22, 0x41), new Color(0x1a, 0x5f, 0xb4)
    };

    private DetPlot() {}

    static void write(Path png, String title, Map<String, ScoreSet> curves) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        drawAxes(g, title);
        int colour = 0;
        for (Map.Entry<String, ScoreSet> curve : curves.entrySet()) {
            g.setColor(COLOURS[colour % COLOURS.length]);
            g.setStroke(new BasicStroke(2f));
            g.draw(pathOf(ErrorRates.detCurve(curve.getValue())));
            g.drawString(curve.getKey(), WIDTH - MARGIN - 220, MARGIN + 20 + 18 * colour);
            colour++;
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void drawAxes(Graphics2D g, String title) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawRect(MARGIN, MARGIN, WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN);
        g.drawString(title, MARGIN, MARGIN - 30);
        g.drawString("FMR", WIDTH / 2, HEIGHT - 20);
        g.drawString("FNMR", 10, HEIGHT / 2);
        for (double tick : TICKS) {
            int x = x(tick);
            int y = y(tick);
            g.setColor(new Color(0xdd, 0xdd, 0xdd));
            g.drawLine(x, MARGIN, x, HEIGHT - MARGIN);
            g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
            g.setColor(Color.BLACK);
            String label = tick >= 0.01 ? (int) Math.round(tick * 100) + "%" : (tick * 100) + "%";
            g.drawString(label, x - 12, HEIGHT - MARGIN + 16);
            g.drawString(label, MARGIN - 50, y + 4);
        }
    }

    private static Path2D pathOf(List<double[]> points) {
        Path2D path = new Path2D.Double();
        boolean first = true;
        for (double[] point : points) {
            double px = x(point[0]);
            double py = y(point[1]);
            if (first) {
                path.moveTo(px, py);
                first = false;
            } else {
                path.lineTo(px, py);
            }
        }
        return path;
    }

    private static int x(double fmr) {
        return MARGIN
                + (int) Math.round((deviate(fmr) - deviate(MIN_RATE))
                        / (deviate(MAX_RATE) - deviate(MIN_RATE))
                        * (WIDTH - 2 * MARGIN));
    }

    private static int y(double fnmr) {
        return HEIGHT
                - MARGIN
                - (int) Math.round((deviate(fnmr) - deviate(MIN_RATE))
                        / (deviate(MAX_RATE) - deviate(MIN_RATE))
                        * (HEIGHT - 2 * MARGIN));
    }

    /** The standard normal quantile of a rate clamped to the plotted range. */
    private static double deviate(double rate) {
        return NormalQuantile.of(Math.max(MIN_RATE, Math.min(MAX_RATE, rate)));
    }
}
