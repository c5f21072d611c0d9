/**
 * Measuring 1:N fingerprint search on synthetic galleries: single-finger search ({@code ./huella bench search})
 * and ten-print de-duplication ({@code ./huella bench dedup}).
 */
package mx.huella.tools.search;
