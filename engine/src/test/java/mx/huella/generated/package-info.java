/** Seeded cases for the parameterized property tests of the engine and, through its test jar, of the app. */
package mx.huella.generated;
