/**
 * Decoding of fingerprint images from outside input: PNG, JPEG, BMP, TIFF, WSQ and ANSI/NIST-ITL
 * transactions (Type-4 and Type-14 records) into 8-bit grey images with their resolution and finger
 * position. Every file is treated as hostile: sizes are bounded before any pixel is decoded and every
 * failure is a typed, explained {@link mx.huella.engine.fingerprint.decode.FingerprintDecodeException},
 * never a hang, an OutOfMemoryError or a third-party exception.
 *
 * <p>API of the engine: the application and the engine tools may use its public types (ModuleStructureTest).
 */
package mx.huella.engine.fingerprint.decode;
