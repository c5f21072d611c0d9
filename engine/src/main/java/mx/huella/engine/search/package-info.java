/**
 * 1:N fingerprint search: a gallery of templates by opaque reference and finger position, a compact
 * triplet index that ranks the whole gallery cheaply, and exact SourceAFIS re-scoring of the short
 * list, fused across fingers. Plain Java; distribution over Hazelcast and persistence come later
 * (issue 4). Knows nothing of persons: references are opaque.
 */
package mx.huella.engine.search;
