package mx.huella.engine.face.weights;

/**
 * The face-api networks whose weights the engine ships, from {@code @vladmandic/face-api} 1.7.15. Each is one TF.js
 * manifest {@code <stem>-weights_manifest.json} plus the {@code .bin} shard it names.
 */
public enum FaceModel {

    /** Tiny-YOLOv2 style face detector: 19 tensors, 193,321 values. */
    TINY_FACE_DETECTOR("tiny_face_detector_model"),
    /** 68-point landmark net: 49 tensors, 356,840 values. */
    FACE_LANDMARK_68("face_landmark_68_model"),
    /** Smaller 68-point landmark net: 28 tensors, 77,224 values. */
    FACE_LANDMARK_68_TINY("face_landmark_68_tiny_model"),
    /** dlib ResNet-34-like descriptor net: 117 tensors, 5,614,592 values. */
    FACE_RECOGNITION("face_recognition_model");

    private final String fileStem;

    FaceModel(String fileStem) {
        this.fileStem = fileStem;
    }

    /** The name face-api gives the model, for example {@code face_recognition_model}. */
    public String fileStem() {
        return fileStem;
    }

    /** The manifest's file name, for example {@code face_recognition_model-weights_manifest.json}. */
    public String manifestFileName() {
        return fileStem + "-weights_manifest.json";
    }
}
