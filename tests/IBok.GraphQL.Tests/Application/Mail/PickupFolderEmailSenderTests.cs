using System.Text;
using IBok.GraphQL.Application.Mail;
using IBok.GraphQL.Tests.Application.Accounts;
using IBok.GraphQL.Tests.Testing;

namespace IBok.GraphQL.Tests.Application.Mail;

public sealed class PickupFolderEmailSenderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 10, 15, 30, TimeSpan.Zero);

    [Fact]
    public void Format_PolishSubjectAndBody_IsAsciiRfc5322WithEncodedWordAndBase64Body()
    {
        var sender = new PickupFolderEmailSender(new PickupFolderEmailOptions(), new TestClock(Now));

        var text = sender.Format(new EmailMessage("jan@example.pl", "Jan Kowalski", "Zażółć gęślą jaźń", "Dzień dobry,\nżółw."), Now, "abc");

        var (head, body) = (text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)], text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
        Assert.Equal(
            string.Join("\r\n",
                "From: =?utf-8?B?aUJPSyDigJQgQml1cm8gT2JzxYJ1Z2kgS2xpZW50YQ==?= <no-reply@ibok.local>",
                "To: \"Jan Kowalski\" <jan@example.pl>",
                "Subject: =?utf-8?B?WmHFvMOzxYLEhyBnxJnFm2zEhSBqYcW6xYQ=?=",
                "Date: Thu, 05 Mar 2026 10:15:30 +0000",
                "Message-ID: <abc@ibok.local>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: base64"),
            head);
        Assert.Equal("Dzień dobry,\r\nżółw.", Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", "", StringComparison.Ordinal))));
        Assert.All(text, character => Assert.InRange(character, '\0', '~'));
    }

    [Fact]
    public void EncodeHeaderText_LongPolishText_SplitsIntoWordsOfAtMost75Characters()
    {
        var subject = string.Concat(Enumerable.Repeat("Żółta łódź ", 12));

        var encoded = PickupFolderEmailSender.EncodeHeaderText(subject);

        var words = encoded.Split("\r\n ");
        Assert.True(words.Length > 1);
        Assert.All(words, word => Assert.InRange(word.Length, 1, 75));
        Assert.Equal(subject, string.Concat(words.Select(word => Encoding.UTF8.GetString(Convert.FromBase64String(word[10..^2])))));
    }

    [Fact]
    public void EncodeHeaderText_PlainAscii_StaysAsIs()
    {
        Assert.Equal("iBOK: invoice", PickupFolderEmailSender.EncodeHeaderText("iBOK: invoice"));
    }

    [Fact]
    public void EncodeHeaderText_LineBreak_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => PickupFolderEmailSender.EncodeHeaderText("a\r\nBcc: x@example.pl"));

        Assert.Equal("A header value must not contain line breaks. (Parameter 'text')", error.Message);
    }

    [Fact]
    public async Task SendAsync_WritesOneEmlFileNamedByTime()
    {
        var folder = Directory.CreateTempSubdirectory("ibok-mail-").FullName;
        try
        {
            var sender = new PickupFolderEmailSender(new PickupFolderEmailOptions { PickupFolder = folder }, new TestClock(Now));

            await sender.SendAsync(new EmailMessage("jan@example.pl", null, "iBOK: zmiana hasła", "Treść"));

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.Matches(@"20260305T101530000-[0-9a-f]{32}\.eml$", file);
            Assert.Contains("To: <jan@example.pl>\r\n", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
