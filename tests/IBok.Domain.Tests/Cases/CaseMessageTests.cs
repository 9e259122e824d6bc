using IBok.Domain.Cases;
using static IBok.Domain.Tests.Cases.CaseFixtures;

namespace IBok.Domain.Tests.Cases;

public sealed class CaseMessageTests
{
    [Fact]
    public void Message_KeepsAuthorTrimmedTextTimeAndAttachments()
    {
        var photo = new CaseAttachment(" wodomierz.jpg ", "Image/JPEG", 245_760);

        var message = new CaseMessage(Customer, "  Zdjęcie w załączniku. ", SubmittedAt, [photo]);

        Assert.Equal(Customer, message.Author);
        Assert.Equal("Zdjęcie w załączniku.", message.Text);
        Assert.Equal(SubmittedAt, message.SentAt);
        Assert.Equal([new CaseAttachment("wodomierz.jpg", "image/jpeg", 245_760)], message.Attachments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData(null)]
    public void Message_BlankText_Throws(string? text)
    {
        var ex = Assert.Throws<ArgumentException>(() => new CaseMessage(Customer, text!, SubmittedAt));

        Assert.StartsWith("A case message needs text.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_TooLong_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CaseMessage(Customer, new string('a', 10_001), SubmittedAt));

        Assert.StartsWith("A case message has at most 10000 characters; got 10001.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(10_000, new CaseMessage(Customer, new string('a', 10_000), SubmittedAt).Text.Length);
    }

    [Fact]
    public void Message_NullAttachment_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CaseMessage(Customer, "Tekst", SubmittedAt, [null!]));

        Assert.StartsWith("A case message's attachments cannot include null.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../etc/passwd")]
    [InlineData("C:\\faktura.pdf")]
    [InlineData("fak\ttura.pdf")]
    public void Attachment_BadFileName_Throws(string fileName)
    {
        var ex = Assert.Throws<ArgumentException>(() => new CaseAttachment(fileName, "application/pdf", 10));

        Assert.StartsWith($"An attachment file name has 1 to 255 characters and no '/', '\\' or control characters; got '{fileName}'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attachment_FileNameOf256Characters_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CaseAttachment(new string('f', 252) + ".pdf", "application/pdf", 10));
        Assert.Equal(255, new CaseAttachment(new string('f', 251) + ".pdf", "application/pdf", 10).FileName.Length);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("application/")]
    [InlineData("/pdf")]
    [InlineData("application/pdf/x")]
    [InlineData("application/p df")]
    [InlineData("")]
    public void Attachment_BadContentType_Throws(string contentType)
    {
        var ex = Assert.Throws<ArgumentException>(() => new CaseAttachment("faktura.pdf", contentType, 10));

        Assert.StartsWith($"An attachment content type looks like 'application/pdf'; got '{contentType}'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attachment_VendorContentType_IsAccepted()
    {
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            new CaseAttachment("wniosek.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1).ContentType);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Attachment_EmptyFile_Throws(long size)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CaseAttachment("faktura.pdf", "application/pdf", size));

        Assert.StartsWith($"An attachment has at least 1 byte; 'faktura.pdf' has {size}.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Actor_BlankName_Throws(string? name)
    {
        var customer = Assert.Throws<ArgumentException>(() => CaseActor.Customer(name!));
        var staff = Assert.Throws<ArgumentException>(() => CaseActor.Staff(name!));

        Assert.StartsWith("A case participant needs a name.", customer.Message, StringComparison.Ordinal);
        Assert.StartsWith("A case participant needs a name.", staff.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Actor_KeepsRoleAndTrimmedName()
    {
        Assert.Equal("Staff: Anna Nowak", CaseActor.Staff(" Anna Nowak ").ToString());
        Assert.False(CaseActor.Customer("Jan").IsStaff);
        Assert.Equal(CaseActorRole.Customer, CaseActor.Customer("Jan").Role);
    }
}
