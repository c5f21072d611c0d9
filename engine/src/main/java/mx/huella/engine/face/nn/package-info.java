/**
 * Tensor operations of the face networks, computed the way the TF.js cpu backend computes them so that outputs match
 * face-api to float32 rounding: NHWC feature maps, SAME/VALID padding, convolutions, pools, resize and padding.
 * Nothing here knows about faces or owns weights files; the networks in {@code mx.huella.engine.face} compose these.
 *
 * <p>Internal to the engine: nothing outside {@code mx.huella.engine} may use it (ModuleStructureTest).
 */
package mx.huella.engine.face.nn;
