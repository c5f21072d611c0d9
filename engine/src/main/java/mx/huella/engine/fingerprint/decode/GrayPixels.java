package mx.huella.engine.fingerprint.decode;

import java.util.OptionalDouble;

/** A decoded 8-bit grey raster with the resolution its file stated, before the resolution policy applies. */
record GrayPixels(int width, int height, byte[] pixels, OptionalDouble dpi) {}
