package mx.huella.tools.synthetic;

/**
 * Everything that differs between two impressions of the same finger, drawn at random for each impression. Ranges
 * follow what SFinGe varies (Handbook of Fingerprint Recognition, 2nd ed., chapter 6) at the strength of plain
 * live-scan captures: rotation within 15 degrees, displacement within 20 pixels, a partial contact area.
 */
record ImpressionConditions(Placement placement, Contact contact, Skin skin, Sensor sensor) {

    /**
     * Where the finger lands on the sensor: rotation about the image centre, translation, then skin distortion.
     *
     * @param rotation radians
     * @param shiftX pixels
     * @param shiftY pixels
     * @param distortion in the master's coordinates
     */
    record Placement(double rotation, double shiftX, double shiftY, PlasticDistortion distortion) {}

    /**
     * The part of the sensor the skin touches: an ellipse in image coordinates.
     *
     * @param centerX pixels
     * @param centerY pixels
     * @param semiAxisX pixels
     * @param semiAxisY pixels
     */
    record Contact(double centerX, double centerY, double semiAxisX, double semiAxisY) {}

    /**
     * Skin condition and pressure.
     *
     * @param wetness shift of the ink threshold: positive thickens ridges (wet skin, hard press), negative thins them
     *     (dry skin, light touch); the field it shifts runs from -1 to 1
     * @param dryness amplitude of fine-grained ink dropout that breaks ridges, 0 (none) to 0.3 (dry)
     */
    record Skin(double wetness, double dryness) {}

    /**
     * How the sensor renders ink.
     *
     * @param ridgeGrey grey level of full ink, 0-255
     * @param backgroundGrey grey level of the empty sensor, 0-255
     * @param noise standard deviation of the per-pixel noise, grey levels
     * @param blurPasses 3 x 3 binomial smoothing passes, 1 or 2
     */
    record Sensor(double ridgeGrey, double backgroundGrey, double noise, int blurPasses) {}

    /** Conditions of a typical capture of a finger whose pad is centred near (fingerX, fingerY). */
    static ImpressionConditions random(SeededRandom random, int width, int height, double fingerX, double fingerY) {
        Placement placement = new Placement(
                Math.toRadians(random.symmetric(15)),
                random.symmetric(20),
                random.symmetric(20),
                new PlasticDistortion(random, fingerX, fingerY));
        Contact contact = new Contact(
                width / 2.0 + random.symmetric(0.06 * width),
                height / 2.0 + random.symmetric(0.06 * height),
                width * random.uniform(0.34, 0.47),
                height * random.uniform(0.34, 0.47));
        Skin skin = new Skin(random.symmetric(0.25), random.uniform(0, 0.3));
        Sensor sensor = new Sensor(
                random.uniform(5, 70), random.uniform(205, 250), random.uniform(3, 14), random.chance(0.3) ? 2 : 1);
        return new ImpressionConditions(placement, contact, skin, sensor);
    }
}
