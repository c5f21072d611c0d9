package mx.huella.tools.synthetic;

/**
 * One minutia of a synthetic template.
 *
 * @param x column, pixels at 500 dpi
 * @param y row, pixels, downwards
 * @param direction radians in image coordinates (atan2 of a downward y), any value; along the ridge
 * @param bifurcation whether a ridge bifurcation, else a ridge ending
 * @param quality 1 to 100, as ISO/IEC 19794-2 minutia quality
 */
record Minutia(double x, double y, double direction, boolean bifurcation, int quality) {}
