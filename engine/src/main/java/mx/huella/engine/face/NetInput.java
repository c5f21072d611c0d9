package mx.huella.engine.face;

import mx.huella.engine.face.nn.FeatureMap;
import mx.huella.engine.face.nn.ImageResize;

/**
 * face-api's input path ({@code toBatchTensor} then {@code normalize}): cast the 8-bit image to float, pad it to a
 * square with black, resize bilinearly to the net's side, then {@code (v - mean[c]) / 255} as a float32 subtract and
 * a float32 divide. Padding comes before the mean subtraction, so padded cells become {@code -mean/255}.
 */
final class NetInput {

    private NetInput() {}

    static FeatureMap normalised(RgbImage image, int side, float[] meanRgb, boolean centredPad) {
        FeatureMap pixels = new FeatureMap(image.height(), image.width(), 3);
        byte[] rgb = image.rgb();
        float[] data = pixels.data();
        for (int i = 0; i < rgb.length; i++) {
            data[i] = rgb[i] & 0xff;
        }
        FeatureMap square = ImageResize.bilinear(ImageResize.padToSquare(pixels, centredPad), side, side);
        FeatureMap out = square == pixels ? square : new FeatureMap(side, side, 3, square.data());
        float[] values = out.data();
        for (int i = 0; i < values.length; i += 3) {
            for (int c = 0; c < 3; c++) {
                values[i + c] = (values[i + c] - meanRgb[c]) / 255f;
            }
        }
        return out;
    }
}
