using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IBok.GraphQL.Application.Mail;

namespace IBok.GraphQL.Tests.Application.Mail;

public sealed class SmtpCertificatePinTests
{
    private static X509Certificate2 SelfSigned(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256).CreateSelfSigned(now, now.AddYears(1));
    }

    [Fact]
    public void PinnedFingerprint_Unset_IsNull()
    {
        Assert.Null(new SmtpEmailOptions().PinnedFingerprint());
    }

    [Fact]
    public void PinnedFingerprint_OpenSslStyle_ReadsTheDigits()
    {
        var options = new SmtpEmailOptions { PinnedCertificateSha256 = string.Join(':', Enumerable.Repeat("aB", 32)) };

        Assert.Equal(Enumerable.Repeat((byte)0xAB, 32), options.PinnedFingerprint());
    }

    [Theory]
    [InlineData("abcd")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void PinnedFingerprint_Malformed_ThrowsNamingTheSetting(string pin)
    {
        var error = Assert.Throws<ArgumentException>(() => new SmtpEmailOptions { PinnedCertificateSha256 = pin }.PinnedFingerprint());

        Assert.Equal($"Mail:Smtp:PinnedCertificateSha256 must be a SHA-256 fingerprint of 64 hexadecimal digits; '{pin}' is not.", error.Message);
    }

    [Fact]
    public void Accepts_TrustedCertificate_WithOrWithoutAPin()
    {
        using var certificate = SelfSigned("mail.example.pl");

        Assert.True(SmtpCertificatePin.Accepts(null, certificate, SslPolicyErrors.None));
        Assert.True(SmtpCertificatePin.Accepts(new byte[32], certificate, SslPolicyErrors.None));
    }

    [Fact]
    public void Accepts_UntrustedCertificate_OnlyWhenItIsThePinnedOne()
    {
        using var pinned = SelfSigned("mail.example.pl");
        using var other = SelfSigned("mail.example.pl");
        var pin = SHA256.HashData(pinned.RawData);
        const SslPolicyErrors untrusted = SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch;

        Assert.True(SmtpCertificatePin.Accepts(pin, pinned, untrusted));
        Assert.False(SmtpCertificatePin.Accepts(pin, other, untrusted));
        Assert.False(SmtpCertificatePin.Accepts(null, pinned, untrusted));
        Assert.False(SmtpCertificatePin.Accepts(pin, null, SslPolicyErrors.RemoteCertificateNotAvailable));
    }
}
