package mx.huella.verification;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import mx.huella.device.Device;
import org.springframework.security.core.Authentication;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * What every API call that verifies a holder reads from its request: the finger files (multipart
 * parts {@code finger1} … {@code finger10} by ISO position), a face photo (part {@code face}) and who
 * asks (a kiosk, or a staff user and address), for the attempt's record and the client's rate limit.
 */
public final class VerificationRequests {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private VerificationRequests() {}

    /**
     * @param otherParts names of the request's other file parts (e.g. {@code document}); any part
     *     neither a finger nor one of these is refused
     */
    public static Map<Integer, byte[]> fingers(MultipartHttpServletRequest request, Set<String> otherParts)
            throws IOException {
        Map<Integer, byte[]> fingers = new TreeMap<>();
        for (Map.Entry<String, MultipartFile> part : request.getFileMap().entrySet()) {
            String name = part.getKey();
            if (otherParts.contains(name)) {
                continue;
            }
            if (!name.matches("finger(10|[1-9])")) {
                throw new VerificationException(
                        VerificationException.Problem.NOT_A_FINGER, "parts are finger1 to finger10");
            }
            if (part.getValue().getSize() > MAX_FILE_BYTES) {
                throw new VerificationException(
                        VerificationException.Problem.UNREADABLE_SAMPLE, "a finger file is at most 20 MB");
            }
            fingers.put(Integer.parseInt(name.substring(6)), part.getValue().getBytes());
        }
        return fingers;
    }

    /** The face photo (multipart part {@code face}), or null when none was sent. */
    public static byte[] face(MultipartHttpServletRequest request) throws IOException {
        MultipartFile face = request.getFile("face");
        if (face == null || face.isEmpty()) {
            return null;
        }
        if (face.getSize() > MAX_FILE_BYTES) {
            throw new VerificationException(
                    VerificationException.Problem.UNREADABLE_SAMPLE, "a face photo is at most 20 MB");
        }
        return face.getBytes();
    }

    public static VerificationService.Context context(HttpServletRequest request, Authentication caller) {
        if (caller.getPrincipal() instanceof Device device) {
            return new VerificationService.Context("KIOSK", device.label(), device.actorName(), device.actorName());
        }
        return new VerificationService.Context(
                "API", null, caller.getName(), caller.getName() + "@" + request.getRemoteAddr());
    }
}
