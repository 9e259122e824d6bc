using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IBok.Web.Tests.Delivery;

/// <summary>A self-signed server certificate for 127.0.0.1 made for one test, written as PEM files for node's TLS.</summary>
internal sealed class TestCertificate : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ibok-smtp-tls-").FullName;

    public TestCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        CertificatePem = Path.Combine(_folder, "server.crt");
        KeyPem = Path.Combine(_folder, "server.key");
        File.WriteAllText(CertificatePem, certificate.ExportCertificatePem());
        File.WriteAllText(KeyPem, key.ExportPkcs8PrivateKeyPem());
        Sha256Fingerprint = Convert.ToHexString(SHA256.HashData(certificate.RawData));
    }

    public string CertificatePem { get; }

    public string KeyPem { get; }

    /// <summary>The SHA-256 fingerprint as <c>openssl x509 -fingerprint -sha256</c> prints it (colon-separated pairs).</summary>
    public string Sha256Fingerprint { get; }

    public string OpenSslStyleFingerprint => string.Join(':', Sha256Fingerprint.Chunk(2).Select(pair => new string(pair)));

    public (string, string) Files => (CertificatePem, KeyPem);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
