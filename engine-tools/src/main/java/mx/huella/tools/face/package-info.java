/**
 * Measuring the face engine: verification error rates and calibration on a folder of person folders
 * ({@code ./huella eval faces}), enrollment-photo quality ({@code eval face-quality}) and the speed of the nets
 * and of the 1:N face search ({@code ./huella bench faces|face-detect|face-descriptor}).
 */
package mx.huella.tools.face;
