package mx.huella.engine.face;

/** Why a photo is not good enough to enroll a face, each with what the person or operator should change. */
public enum FaceQualityIssue {
    /** No face was found: the face must be in the frame, unobstructed. */
    NO_FACE,
    /** More than one face: only the person enrolling may be in the photo. */
    MULTIPLE_FACES,
    /** The eyes are too few pixels apart: come closer or use a higher resolution. */
    FACE_TOO_SMALL,
    /** The head is turned to one side: look straight at the camera. */
    TURNED_SIDEWAYS,
    /** The head is tilted up or down: keep the chin level. */
    TILTED_UP_OR_DOWN,
    /** The head leans to one shoulder: keep it upright. */
    LEANING,
    /** The face is too dark: more light on the face. */
    TOO_DARK,
    /** The face is too bright or washed out: less direct light. */
    TOO_BRIGHT,
    /** The face is blurred: hold still and focus. */
    BLURRED
}
