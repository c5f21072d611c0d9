package mx.huella.engine.face.nn;

/**
 * TF.js {@code resizeBilinear} with {@code alignCorners = false, halfPixelCenters = false}: output pixel {@code r}
 * samples the source at {@code r · in / out} (top-left convention), between the two nearest rows and columns, with
 * no antialiasing, so large downscales alias exactly as face-api's do. Interpolation runs in double and each result
 * is rounded to float32 once. Stateless and thread-safe; cost {@code O(outH · outW · channels)}.
 */
public final class ImageResize {

    private ImageResize() {}

    /** Resizes to {@code height × width}; returns {@code in} itself when the size already matches, as TF.js does. */
    public static FeatureMap bilinear(FeatureMap in, int height, int width) {
        if (in.height() == height && in.width() == width) {
            return in;
        }
        int channels = in.channels();
        FeatureMap out = new FeatureMap(height, width, channels);
        float[] y = out.data();
        double rowRatio = (double) in.height() / height;
        double colRatio = (double) in.width() / width;
        for (int r = 0; r < height; r++) {
            double sr = rowRatio * r;
            int r0 = Math.max(0, (int) Math.floor(sr));
            int r1 = Math.min(in.height() - 1, (int) Math.ceil(sr));
            double fr = sr - r0;
            for (int c = 0; c < width; c++) {
                double sc = colRatio * c;
                int c0 = Math.max(0, (int) Math.floor(sc));
                int c1 = Math.min(in.width() - 1, (int) Math.ceil(sc));
                double fc = sc - c0;
                int offset = (r * width + c) * channels;
                for (int ch = 0; ch < channels; ch++) {
                    double tl = in.get(r0, c0, ch);
                    double tr = in.get(r0, c1, ch);
                    double bl = in.get(r1, c0, ch);
                    double br = in.get(r1, c1, ch);
                    double top = tl + (tr - tl) * fc;
                    double bottom = bl + (br - bl) * fc;
                    y[offset + ch] = (float) (top + (bottom - top) * fr);
                }
            }
        }
        return out;
    }

    /**
     * face-api's {@code padToSquare}: zero rows (or columns) so that height equals width. Centred puts
     * {@code round(diff / 2)} after and the rest before; otherwise all go after (bottom or right). Returns {@code in}
     * itself when it is already square.
     */
    public static FeatureMap padToSquare(FeatureMap in, boolean centred) {
        int h = in.height();
        int w = in.width();
        if (h == w) {
            return in;
        }
        int diff = Math.abs(h - w);
        int after = centred ? (int) Math.round(diff * 0.5) : diff;
        int before = diff - after;
        int side = Math.max(h, w);
        int rowShift = h < w ? before : 0;
        int colShift = w < h ? before : 0;
        int channels = in.channels();
        FeatureMap out = new FeatureMap(side, side, channels);
        for (int y = 0; y < h; y++) {
            System.arraycopy(
                    in.data(),
                    y * w * channels,
                    out.data(),
                    ((y + rowShift) * side + colShift) * channels,
                    w * channels);
        }
        return out;
    }
}
