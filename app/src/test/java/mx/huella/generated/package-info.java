/** Seeded cases for the app's parameterized property tests. */
package mx.huella.generated;
