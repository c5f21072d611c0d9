package mx.huella.engine.fingerprint;

/** Why an impression scored low, so an operator knows what to correct at capture. */
public enum QualityReason {
    /** Almost nothing in the image looks like ridges: no finger, or a blank or flooded scan. */
    NO_FINGERPRINT,
    /** Too little of the finger touched the sensor: press flatter, roll the finger, centre it. */
    SMALL_AREA,
    /** Ridges and valleys are too alike in grey: a dry, wet or faint print; clean the sensor. */
    LOW_CONTRAST,
    /** Ridge flow is unclear or broken (smudges, scars, motion): capture again. */
    UNCLEAR_RIDGE_FLOW,
    /** Too few minutiae were found for a reliable comparison. */
    FEW_MINUTIAE
}
