/**
 * Reads the weights of the face-api networks (TF.js weight manifests and their {@code .bin} shards) into immutable
 * float tensors, dequantised exactly as TF.js does it. It owns file formats only: it never runs a network and never
 * downloads anything; the engine build puts the weights on the class path.
 *
 * <p>Internal to the engine: nothing outside {@code mx.huella.engine} may use it (ModuleStructureTest).
 */
package mx.huella.engine.face.weights;
