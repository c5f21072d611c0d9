// e.firma sign-in: the .key is decrypted and the challenge signed here, with node-forge; only the
// certificate and the signature leave the browser. The password and the key are dropped afterwards.
(function () {
  "use strict";
  var form = document.getElementById("efirma-form");
  if (!form) {
    return;
  }
  var fields = document.getElementById("efirma-fields");
  var error = document.getElementById("efirma-client-error");

  function show(messageName) {
    error.textContent = fields.dataset[messageName];
    error.hidden = false;
  }

  // SAT ships DER files; a PEM copy (text between -----BEGIN and -----END lines) is read as the same DER.
  function derOf(contents) {
    var start = contents.indexOf("-----BEGIN ");
    if (start < 0 || start > 64) {
      return contents;
    }
    return forge.pem.decode(contents.substring(start))[0].body;
  }

  function readBinary(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () {
        var bytes = new Uint8Array(reader.result);
        var binary = "";
        for (var i = 0; i < bytes.length; i += 8192) {
          binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
        }
        resolve(binary);
      };
      reader.onerror = reject;
      reader.readAsArrayBuffer(file);
    });
  }

  form.addEventListener("submit", function (event) {
    if (document.getElementById("signature").value) {
      return;
    }
    event.preventDefault();
    error.hidden = true;
    var cerFile = document.getElementById("cer-file").files[0];
    var keyFile = document.getElementById("key-file").files[0];
    var passwordField = document.getElementById("key-password");
    if (!cerFile || !keyFile || !passwordField.value) {
      show("missing");
      return;
    }
    Promise.all([readBinary(cerFile), readBinary(keyFile)]).then(function (files) {
      var certificate;
      var certificateDer;
      try {
        certificateDer = derOf(files[0]);
        certificate = forge.pki.certificateFromAsn1(forge.asn1.fromDer(certificateDer));
      } catch (e) {
        show("unreadableCertificate");
        return;
      }
      var privateKey = null;
      try {
        var info = forge.pki.decryptPrivateKeyInfo(forge.asn1.fromDer(derOf(files[1])), passwordField.value);
        privateKey = info ? forge.pki.privateKeyFromAsn1(info) : null;
      } catch (e) {
        privateKey = null;
      }
      passwordField.value = "";
      if (!privateKey) {
        show("wrongPassword");
        return;
      }
      if (certificate.publicKey.n.compareTo(privateKey.n) !== 0) {
        show("keyMismatch");
        return;
      }
      var digest = forge.md.sha256.create();
      digest.update(document.getElementById("challenge-text").value, "utf8");
      document.getElementById("certificate").value = forge.util.encode64(certificateDer);
      document.getElementById("signature").value = forge.util.encode64(privateKey.sign(digest));
      privateKey = null;
      document.getElementById("key-file").value = "";
      form.submit();
    }, function () {
      show("unreadableCertificate");
    });
  });
})();
