package mx.huella.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.openpdf.text.pdf.AcroFields;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfSignature;
import org.openpdf.text.pdf.PdfSignatureAppearance;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;

/**
 * PAdES (baseline B) signatures of PDFs with the platform key: a detached CAdES signature
 * ({@code ETSI.CAdES.detached}) with the signing-certificate-v2 attribute, embedded in the PDF. The
 * check recomputes the signed byte ranges, so any altered byte of the document fails.
 */
public final class PdfSignatures {
    private static final int RESERVED = 16_384;
    private final PlatformSeal seal;

    public PdfSignatures(PlatformSeal seal) {
        this.seal = seal;
    }

    public byte[] sign(byte[] pdf, String reason) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = PdfStamper.createSignature(reader, out, null);
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            Calendar now = Calendar.getInstance();
            appearance.setReason(reason);
            appearance.setSignDate(now);
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, new PdfName("ETSI.CAdES.detached"));
            dictionary.setReason(reason);
            dictionary.setDate(new PdfDate(now));
            dictionary.setName(seal.certificate().getSubjectX500Principal().getName());
            appearance.setCryptoDictionary(dictionary);
            Map<PdfName, Integer> exclusions = new HashMap<>();
            exclusions.put(PdfName.CONTENTS, RESERVED * 2 + 2);
            appearance.preClose(exclusions);
            byte[] signedBytes = appearance.getRangeStream().readAllBytes();
            byte[] cms = seal.cmsDetached(signedBytes);
            if (cms.length > RESERVED) {
                throw new IllegalStateException("the CMS signature does not fit the space reserved for it");
            }
            PdfDictionary update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(cms, RESERVED)).setHexWriting(true));
            appearance.close(update);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot sign the PDF: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the PDF", e);
        }
    }

    /** Whether the PDF carries the platform's signature over all of its bytes. */
    public boolean verifies(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            AcroFields fields = reader.getAcroFields();
            List<String> names = List.copyOf(fields.getSignatureTypes().keySet());
            if (names.size() != 1 || !fields.signatureCoversWholeDocument(names.getFirst())) {
                return false;
            }
            PdfDictionary dictionary = fields.getSignatureDictionary(names.getFirst());
            PdfArray range = dictionary.getAsArray(PdfName.BYTERANGE);
            int[] ranges = new int[range.size()];
            for (int i = 0; i < ranges.length; i++) {
                ranges[i] = range.getAsNumber(i).intValue();
            }
            if (ranges.length != 4 || ranges[0] != 0 || (long) ranges[2] + ranges[3] != pdf.length) {
                return false;
            }
            byte[] signed = new byte[ranges[1] + ranges[3]];
            System.arraycopy(pdf, ranges[0], signed, 0, ranges[1]);
            System.arraycopy(pdf, ranges[2], signed, ranges[1], ranges[3]);
            byte[] contents = dictionary.getAsString(PdfName.CONTENTS).getOriginalBytes();
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), trimmed(contents));
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(seal.certificate()))) {
                    return false;
                }
            }
            return !cms.getSignerInfos().getSigners().isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** The DER signature without the zero padding of the reserved space. */
    private static byte[] trimmed(byte[] contents) throws IOException {
        try (var in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
            return in.readObject().getEncoded();
        }
    }

    static byte[] cms(java.security.PrivateKey key, X509Certificate certificate, byte[] data) throws Exception {
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash);
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new org.bouncycastle.asn1.cms.Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                        new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), certificate));
        generator.addCertificates(new JcaCertStore(List.of(certificate)));
        return generator.generate(new CMSProcessableByteArray(data), false).getEncoded();
    }
}
