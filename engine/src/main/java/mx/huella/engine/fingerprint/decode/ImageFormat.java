package mx.huella.engine.fingerprint.decode;

/** The file formats {@link FingerprintDecoder} reads, recognised by their leading bytes, never by file name. */
public enum ImageFormat {
    /** Portable Network Graphics (ISO/IEC 15948). */
    PNG,
    /** JPEG baseline or progressive (ISO/IEC 10918-1), JFIF or not. */
    JPEG,
    /** Windows bitmap. */
    BMP,
    /** Tagged Image File Format 6.0, first and only page. */
    TIFF,
    /** FBI Wavelet Scalar Quantization (IAFIS-IC-0110). */
    WSQ,
    /** ANSI/NIST-ITL 1 transaction in traditional (tagged-field) encoding. */
    ANSI_NIST
}
