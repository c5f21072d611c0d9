package mx.huella.engine.face;

import java.util.ArrayList;
import java.util.List;
import mx.huella.engine.face.nn.FeatureMap;

/**
 * face-api's {@code TinyYolov2Base.extractBoxes} for the tiny face detector: turns the N×N×25 head output into
 * candidate boxes relative to the original image (fractions of its width and height), all in double as JS does.
 * Channel {@code a·5 + k} of a cell holds anchor {@code a}'s tx, ty, tw, th and objectness logit.
 */
final class DetectorGrid {

    /** Anchor sizes in grid cells, face-api's {@code TINY_FACE_DETECTOR} config: (width, height) pairs. */
    private static final double[][] ANCHORS = {
        {1.603231, 2.094468}, {6.041143, 7.080126}, {2.882459, 3.518061}, {4.266906, 5.178857}, {9.041765, 10.66308}
    };

    private static final int BOX_ENCODING = 5;

    private DetectorGrid() {}

    /** A box as fractions of the image's width and height, with its score. */
    record Candidate(double x, double y, double width, double height, double score) {}

    /**
     * The cells' boxes scoring strictly above {@code scoreThreshold}, in face-api's order (row, column, anchor).
     *
     * @param inputSize the square side S the net saw
     */
    static List<Candidate> decode(
            FeatureMap head, int imageWidth, int imageHeight, int inputSize, double scoreThreshold) {
        double scale = (double) inputSize / Math.max(imageWidth, imageHeight);
        double correctionX = inputSize / (double) Math.round(imageWidth * scale);
        double correctionY = inputSize / (double) Math.round(imageHeight * scale);
        int cells = head.height();
        List<Candidate> out = new ArrayList<>();
        for (int row = 0; row < cells; row++) {
            for (int col = 0; col < cells; col++) {
                for (int anchor = 0; anchor < ANCHORS.length; anchor++) {
                    int c = anchor * BOX_ENCODING;
                    double score = sigmoid(head.get(row, col, c + 4));
                    if (score <= scoreThreshold) {
                        continue;
                    }
                    double cx = (col + sigmoid(head.get(row, col, c))) / cells * correctionX;
                    double cy = (row + sigmoid(head.get(row, col, c + 1))) / cells * correctionY;
                    double w = Math.exp(head.get(row, col, c + 2)) * ANCHORS[anchor][0] / cells * correctionX;
                    double h = Math.exp(head.get(row, col, c + 3)) * ANCHORS[anchor][1] / cells * correctionY;
                    out.add(new Candidate(cx - w / 2, cy - h / 2, w, h, score));
                }
            }
        }
        return out;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
