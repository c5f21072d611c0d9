/**
 * The 1:N fingerprint gallery spread over a Hazelcast cluster: every application node is an embedded
 * member, the enrolled fingers live in a partitioned map with one backup copy, and each member
 * indexes and searches the partitions it owns; a search asks every member and merges their answers.
 *
 * <p>API of the engine: the application and the engine tools may use its public types (ModuleStructureTest).
 */
package mx.huella.engine.search.cluster;
