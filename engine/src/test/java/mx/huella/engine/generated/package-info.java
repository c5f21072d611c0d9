/** Seeded cases for the engine's parameterized property tests. */
package mx.huella.engine.generated;
