/**
 * 1:N fingerprint search: a gallery of templates by opaque reference and finger position, a compact
 * triplet index that ranks the whole gallery cheaply, and exact SourceAFIS re-scoring of the short
 * list, fused across fingers and decided at a target FPIR. Distribution over a Hazelcast cluster is in
 * {@code cluster}; persistence is the application's. Knows nothing of persons: references are opaque.
 *
 * <p>API of the engine: the application and the engine tools may use its public types (ModuleStructureTest).
 */
package mx.huella.engine.search;
