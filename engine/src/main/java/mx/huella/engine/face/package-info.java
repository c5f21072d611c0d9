/**
 * Face recognition in plain Java, reproducing face-api ({@code @vladmandic/face-api} 1.7.15) numerically: the
 * networks run on our own layer code over face-api's weights, with no native runtime. It owns descriptors and their
 * distance; it never stores images or knows who a face belongs to.
 *
 * <p>API of the engine: the application and the engine tools may use its public types (ModuleStructureTest).
 */
package mx.huella.engine.face;
